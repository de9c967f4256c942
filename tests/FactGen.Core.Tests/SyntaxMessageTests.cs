using FactGen.Core.Reading;

namespace FactGen.Core.Tests;

/// <summary>
/// Each YamlDotNet syntax error FactGen explains, with the YAML that makes it: the whole message,
/// so an explanation that is lost or attached to the wrong error is caught. A message FactGen does
/// not know is kept as YamlDotNet wrote it, and a bracket left open names its own kind.
/// </summary>
public sealed class SyntaxMessageTests
{
    private const string Path = "facts/people.yaml";

    private const string Invalid = "The file is not valid YAML: ";

    [Theory]
    [InlineData("a:\n  b: 1\n c: 2\n", 3, 2,
        "this line is not indented like the mapping it is in: line it up with the keys above it (While parsing a block mapping, did not find expected key.)")]
    [InlineData("a:\n  - b\n  c\n", 3, 3,
        "this line is not indented like the list it is in: line it up with the entries above it, or start a new entry with '- ' (While parsing a block collection, did not find expected '-' indicator.)")]
    [InlineData("a: x y: z\n", 1, 7,
        "a 'key: value' cannot start inside another value: put it on its own line, indented as a key, or quote the value if the ': ' belongs to it (While scanning a plain scalar value, found invalid mapping.)")]
    [InlineData("a:\n\tb: 1\n", 1, 1,
        "YAML indents with spaces, never tabs: replace the tab with spaces (While scanning a mapping, found invalid tab as indentation.)")]
    [InlineData("a:\n  b: \"x\ny\"\n", 2, 6,
        "a quoted value goes on over more lines than it should, or its closing quote is missing: close the quote (While scanning a multi-line double-quoted scalar, found wrong indentation.)")]
    [InlineData("a: {b: 1 c: 2}\n", 1, 11,
        "a mapping written with '{' is not closed with '}', or its entries are not separated by ',' (While parsing a flow mapping, did not find expected ',' or '}'.)")]
    [InlineData("a: 'b': c\n", 1, 7, // YamlDotNet's message starts with the words looked for
        "a ': ' appears where a new key cannot start: quote the value, or move the key to its own line (Mapping values are not allowed in this context.)")]
    [InlineData("a: 'x\n", 1, 4,
        "the file ends inside a quoted value or a bracket: close it (While scanning a quoted scalar, found unexpected end of stream.)")]
    [InlineData("- \"a\" b\n", 1, 7,
        "text goes on after the value has ended, often after a closing quote: put the whole value in single quotes (quote: 'He said \"no\"'), or escape the inner double quotes (\\\") (While parsing a block collection, did not find expected '-' indicator.)")]
    [InlineData("a: {b: 1, c: 2\n", 1, 4, "the mapping opened with '{' at line 1, column 4 is not closed with '}'")]
    [InlineData("a: [b, c\n", 1, 4, "the list opened with '[' at line 1, column 4 is not closed with ']'")]
    public void A_syntax_error_is_explained_in_words_a_curator_can_act_on(string yaml, int line, int column, string message)
    {
        var file = ParsedFile.Read(Path, yaml, ReadLimits.Default);

        DiagnosticAssert.Exactly(file.Diagnostics, new Expected("FG0001", line, column, Invalid + message, Path: Path));
    }

    [Fact]
    public void A_syntax_error_FactGen_has_no_words_for_keeps_YamlDotNets_message_alone()
    {
        var file = ParsedFile.Read(Path, "a: !<x y\n", ReadLimits.Default);

        DiagnosticAssert.Exactly(file.Diagnostics, new Expected("FG0001", 1, 4, Invalid + "While scanning a tag, did not find the expected '>'.", Path: Path));
    }
}
