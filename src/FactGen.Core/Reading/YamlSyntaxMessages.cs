using System;
using System.Globalization;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Reading;

/// <summary>
/// YamlDotNet's syntax errors in words a curator can act on (issue 16): what is wrong in YAML terms
/// and what to change. A message it does not know is kept as YamlDotNet wrote it.
/// </summary>
internal static class YamlSyntaxMessages
{
    private static readonly (string Found, string Explanation)[] Known =
    [
        ("did not find expected '-' indicator",
            "this line is not indented like the list it is in: line it up with the entries above it, or start a new entry with '- '"),
        ("did not find expected key",
            "this line is not indented like the mapping it is in: line it up with the keys above it"),
        ("found invalid mapping",
            "a 'key: value' cannot start inside another value: put it on its own line, indented as a key, or quote the value if the ': ' belongs to it"),
        ("found invalid tab as indentation",
            "YAML indents with spaces, never tabs: replace the tab with spaces"),
        ("found wrong indentation",
            "a quoted value goes on over more lines than it should, or its closing quote is missing: close the quote"),
        ("did not find expected ',' or ']'",
            "a list written with '[' is not closed with ']', or its items are not separated by ','"),
        ("did not find expected ',' or '}'",
            "a mapping written with '{' is not closed with '}', or its entries are not separated by ','"),
        ("mapping values are not allowed in this context",
            "a ': ' appears where a new key cannot start: quote the value, or move the key to its own line"),
        ("found unexpected end of stream",
            "the file ends inside a quoted value or a bracket: close it"),
    ];

    /// <param name="afterValueOnLine">The error is not at the start of its line: something already
    /// stands before it, such as a quoted value that closed too early (<c>quote: "He said "no""</c>).</param>
    public static string Explain(string message, bool afterValueOnLine = false)
    {
        // "Expected a key" or "expected '-'" in the middle of a line is not about indentation: text
        // goes on after a value has ended, most often after a closing quote.
        if (afterValueOnLine && (message.IndexOf("did not find expected key", StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("did not find expected '-' indicator", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return "text goes on after the value has ended, often after a closing quote: put the whole value in single quotes (quote: 'He said \"no\"'), or escape the inner double quotes (\\\") (" + message + ")";
        }
        foreach (var (found, explanation) in Known)
        {
            if (message.IndexOf(found, StringComparison.OrdinalIgnoreCase) >= 0) return explanation + " (" + message + ")";
        }
        return message;
    }

    public static string Unclosed(bool isMapping, SourceSpan at) =>
        string.Format(CultureInfo.InvariantCulture, "the {0} opened with '{1}' at line {2}, column {3} is not closed with '{4}'",
            isMapping ? "mapping" : "list", isMapping ? '{' : '[', at.Line, at.Column, isMapping ? '}' : ']');
}
