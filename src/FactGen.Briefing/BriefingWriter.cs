using System;
using System.Linq;
using FactGen.Briefing.Document;
using FactGen.Facts;

namespace FactGen.Briefing;

/// <summary>
/// The full briefing from the typed model: the visit, who is who, the agenda with each side's
/// position, who said what, the timeline and what the curators inferred. Every fact's quotes
/// become numbered footnotes (article, paragraph, the words); an inferred fact carries its note.
/// </summary>
internal sealed class BriefingWriter
{
    private readonly DocumentBuilder _document;

    public BriefingWriter(DocumentBuilder document) => _document = document;

    public BriefingDocument WriteFull()
    {
        var visit = Events.BlinkenChinaVisit;
        _document.Title($"Briefing: {visit.Name}");
        WriteVisit(visit);
        WriteWhoIsWho();
        WriteAgenda();
        WriteWhoSaidWhat();
        WriteTimeline();
        WriteInferred();
        return _document.Build();
    }

    private void WriteVisit(Event visit)
    {
        _document.Heading("The visit");
        _document.Paragraph().Text(visit.Summary).Cite(visit).End();
        if (visit.When is { } when)
        {
            var length = visit.Days is { } days ? FormattableString.Invariant($", for {days} days") : string.Empty;
            _document.Paragraph("When:").Text(FactText.PerArticle(when, visit.WhenBySource, _document) + length).End();
        }
        // Each headline gives the aim in its own words: shown per article, never joined into one.
        if (visit.Purpose is { } purpose) _document.Paragraph("Aim:").Text(FactText.PerArticle(purpose, visit.PurposeBySource, _document)).End();
        _document.Paragraph("Where:").Text(string.Join(", ", visit.Places.Select(p => p.Name))).End();
        _document.Paragraph("With:").Text(string.Join("; ", visit.Participants.Select(p => $"{FactText.Display(p)}, {p.Title}"))).End();
        if (visit.Organizations.Count > 0)
        {
            _document.Paragraph("Bodies involved:").End();
            foreach (var organization in visit.Organizations) _document.Item().Text(organization.Name).Cite(organization).End();
        }
        var before = visit.Follows.Select(e => e.Name).ToList();
        if (before.Count > 0) _document.Paragraph("It follows:").Text(string.Join("; ", before)).End();
    }

    private void WriteWhoIsWho()
    {
        _document.Heading("Who is who");
        foreach (var side in People.All.GroupBy(p => p.Country?.Name ?? "Other"))
        {
            _document.Subheading(side.Key);
            foreach (var person in side) _document.Item(FactText.Display(person) + ":").Text(FactText.Describe(person)).Cite(person).End();
        }
    }

    private void WriteAgenda()
    {
        _document.Heading("The agenda");
        foreach (var topic in Topics.All.Where(t => t.OnAgenda == true))
        {
            _document.Subheading($"{topic.Name} ({topic.Category.ToString().ToLowerInvariant()})");
            _document.Paragraph().Text(topic.Summary).Cite(topic).End();
            // The visiting side first, then the others; Positions.ByTopic is the generated lookup of an indexed field.
            foreach (var position in Positions.ByTopic(topic).OrderBy(p => Equals(p.Holder, Countries.UnitedStates) ? 0 : 1))
            {
                var label = Equals(position.Holder, Countries.UnitedStates) && position.HolderBySource.All(h => Equals(h.Value, Countries.UnitedStates))
                    ? "US position:"
                    // "Position of", not "'s position": holders include "U.S. officials".
                    : $"Position of {FactText.Holder(position, _document)}:";
                _document.Item(label).Text(FactText.PerArticle(position.Stance, position.StanceBySource, _document)).Cite(position).End();
            }
        }
        var off = Topics.All.Where(t => t.OnAgenda != true).Select(t => t.Name).ToList();
        if (off.Count > 0) _document.Paragraph().Text("Also in dispute, but not named among the visit's subjects: " + string.Join("; ", off) + ".").End();
    }

    /// <summary>Each speaker's statements through the <c>Statements.BySpeaker</c> lookup, the visit's lead first; then bodies speaking as such.</summary>
    private void WriteWhoSaidWhat()
    {
        _document.Heading("Who said what");
        var lead = People.Get(PersonIds.AntonyBlinken);
        foreach (var person in People.All.OrderBy(p => p == lead ? 0 : 1))
        {
            var statements = Statements.BySpeaker(person);
            if (statements.Count == 0) continue;
            var side = person.Country is { } country ? $", {country.Name}" : string.Empty;
            _document.Subheading($"{FactText.Display(person)} ({person.Title}{side})");
            foreach (var statement in statements) StatementWriter.Write(_document, statement, withSpeaker: false);
        }
        foreach (var body in Statements.All.Where(s => s.Speaker is null).GroupBy(s => s.Organization?.Name ?? "Unattributed"))
        {
            _document.Subheading($"{body.Key}, as a body");
            foreach (var statement in body) StatementWriter.Write(_document, statement, withSpeaker: false);
        }
    }

    private void WriteTimeline()
    {
        _document.Heading("Timeline");
        _document.Paragraph().Text("Earlier events first, in the order the articles give; times as each article states them.").End();
        foreach (var e in FactText.OrderEvents(Events.All)) StatementWriter.WriteEvent(_document, e);
    }

    /// <summary>Every inferred fact of any kind (through <c>FactCatalog.All</c>), with the curator's reason.</summary>
    private void WriteInferred()
    {
        var inferred = FactCatalog.All.Where(f => f.Basis == FactBasis.Inferred).ToList();
        if (inferred.Count == 0) return;
        _document.Heading("What the curators inferred");
        _document.Paragraph().Text("These facts are not in the articles' words; each says why it was concluded.").End();
        foreach (var fact in inferred) _document.Item().Text(FactText.Name(fact)).Cite(fact).End();
    }
}
