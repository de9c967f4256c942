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

    public static string Explain(string message)
    {
        foreach (var (found, explanation) in Known)
        {
            if (message.IndexOf(found, StringComparison.OrdinalIgnoreCase) >= 0) return explanation + " (" + message + ")";
        }
        return message;
    }

    /// <summary>YamlDotNet's words for a flow collection that ends without its closing bracket.</summary>
    public static bool IsUnclosedFlow(string message) =>
        message.IndexOf("did not find expected ',' or ']'", StringComparison.Ordinal) >= 0
        || message.IndexOf("did not find expected ',' or '}'", StringComparison.Ordinal) >= 0;

    public static string Unclosed(bool isMapping, SourceSpan at) =>
        string.Format(CultureInfo.InvariantCulture, "the {0} opened with '{1}' at line {2}, column {3} is not closed with '{4}'",
            isMapping ? "mapping" : "list", isMapping ? '{' : '[', at.Line, at.Column, isMapping ? '}' : ']');
}
