using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactGen.Briefing;

/// <summary>Writes paragraphs wrapped to a width, with a hanging indent, so the briefing reads well in a terminal.</summary>
internal sealed class TextBlock
{
    private readonly TextWriter _writer;
    private readonly int _width;

    public TextBlock(TextWriter writer, int width = 100)
    {
        _writer = writer;
        _width = width;
    }

    public void Heading(string title)
    {
        _writer.WriteLine();
        _writer.WriteLine(title.ToUpperInvariant());
        _writer.WriteLine(new string('=', title.Length));
    }

    public void Subheading(string title)
    {
        _writer.WriteLine();
        _writer.WriteLine(title);
        _writer.WriteLine(new string('-', title.Length));
    }

    public void Line(string text = "") => _writer.WriteLine(text);

    /// <summary>Wraps <paramref name="text"/>: the first line starts with <paramref name="first"/>, the rest are indented under it.</summary>
    public void Paragraph(string text, string first = "", string? rest = null)
    {
        rest ??= new string(' ', first.Length);
        var line = new StringBuilder(first);
        var prefixLength = first.Length;
        foreach (var word in Words(text))
        {
            if (line.Length > prefixLength && line.Length + 1 + word.Length > _width)
            {
                _writer.WriteLine(line.ToString());
                line.Clear().Append(rest);
                prefixLength = rest.Length;
            }
            if (line.Length > prefixLength) line.Append(' ');
            line.Append(word);
        }
        _writer.WriteLine(line.ToString());
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(new[] { ' ', '\n', '\r', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
}
