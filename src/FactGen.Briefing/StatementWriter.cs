using FactGen.Briefing.Document;
using FactGen.Facts;

namespace FactGen.Briefing;

/// <summary>A statement or an event as one list item, used by the full briefing and the focused ones alike.</summary>
internal static class StatementWriter
{
    public static void Write(DocumentBuilder document, Statement statement, bool withSpeaker)
    {
        var who = statement.Speaker is { } speaker
            ? speaker.Name is null ? FactText.Display(speaker) : $"{speaker.Name} ({speaker.Title})"
            : statement.Organization?.Name ?? "Unattributed";
        var when = statement.When is null ? string.Empty : FactText.PerArticle(statement.When, statement.WhenBySource, document);
        if (statement.Event is { } occasion) when += (when.Length > 0 ? " " : string.Empty) + $"({occasion.Name})";
        var label = withSpeaker ? who + (when.Length > 0 ? ", " + when : string.Empty) + ":" : (when.Length > 0 ? when + ":" : null);
        // A quote is the speaker's words; a paraphrase is the article's, so it gets no quotation marks.
        var words = statement.Form == StatementForm.Quote ? $"\"{statement.Wordings[0]}\"" : $"(paraphrased) {statement.Wordings[0]}";
        document.Item(label).Text(words).Cite(statement).End();
        for (var i = 1; i < statement.Wordings.Count; i++)
        {
            var other = statement.Form == StatementForm.Quote ? $"\"{statement.Wordings[i]}\"" : statement.Wordings[i];
            document.Item("Also reported as:").Text(other).End();
        }
    }

    public static void WriteEvent(DocumentBuilder document, Event e)
    {
        var status = e.Status.ToString().ToLowerInvariant();
        var item = document.Item($"{status}, {e.Name}" + (e.When is { } when ? $" ({FactText.PerArticle(when, e.WhenBySource, document)})" : string.Empty) + ":").Text(e.Summary);
        if (e.Date is { } date) item.Text($"(calendar date {date}: inferred, the articles give none)");
        item.Cite(e).End();
    }
}
