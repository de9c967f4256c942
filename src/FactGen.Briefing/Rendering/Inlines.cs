using System.Collections.Generic;
using System.Text;
using FactGen.Briefing.Document;

namespace FactGen.Briefing.Rendering;

/// <summary>
/// A paragraph's pieces as one string, the same walk for every format: words separated by a space,
/// a run of footnote numbers written together right after the words they support, and an inferred
/// fact's note after them. Each format says only how each piece looks.
/// </summary>
internal abstract class Inlines
{
    public string Render(IReadOnlyList<Inline> content)
    {
        var text = new StringBuilder();
        var notes = new List<int>();
        foreach (var inline in content)
        {
            if (inline is NoteRef reference)
            {
                notes.Add(reference.Number);
                continue;
            }
            Flush();
            if (text.Length > 0) text.Append(' ');
            text.Append(inline switch
            {
                Words words => Words(words.Text),
                InferredMark mark => Inferred(mark.Note),
                _ => string.Empty,
            });
        }
        Flush();
        return text.ToString();

        void Flush()
        {
            if (notes.Count == 0) return;
            text.Append(Notes(notes));
            notes.Clear();
        }
    }

    protected abstract string Words(string text);

    /// <summary>Footnote numbers that follow the same words: <c>[3, 4]</c>, <c>[^3][^4]</c>, superscript links.</summary>
    protected abstract string Notes(IReadOnlyList<int> numbers);

    protected abstract string Inferred(string note);
}
