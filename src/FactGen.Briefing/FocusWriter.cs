using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Briefing.Document;
using FactGen.Facts;

namespace FactGen.Briefing;

/// <summary>A briefing on one subject: a topic (<c>--topic</c>), a person (<c>--person</c>) or any fact by id (<c>--fact</c>).</summary>
internal sealed class FocusWriter
{
    private readonly DocumentBuilder _document;

    public FocusWriter(DocumentBuilder document) => _document = document;

    public BriefingDocument? WriteTopic(string id, TextWriter error)
    {
        var topic = Topics.TryGet(id, out var found) ? found : Topics.TryGet("topic-" + id, out found) ? found : null;
        if (topic is null)
        {
            error.WriteLine($"No topic has the id '{id}'. Known topics: {string.Join(", ", Topics.All.Select(ShortTopicId))}.");
            return null;
        }
        _document.Title($"Briefing on one topic: {topic.Name}");
        _document.Paragraph().Text(topic.Summary).Cite(topic).End();
        if (topic.Countries.Count > 0) _document.Paragraph("Involves:").Text(string.Join(", ", topic.Countries.Select(c => c.Name))).End();
        if (topic.Places.Count > 0) _document.Paragraph("Where:").Text(string.Join(", ", topic.Places.Select(p => p.Name))).End();
        if (topic.Positions.Count > 0)
        {
            _document.Heading("Positions");
            foreach (var position in topic.Positions)
            {
                var voice = position.VoicedBy is null ? string.Empty : $" (voiced by {FactText.Display(position.VoicedBy)})";
                _document.Item($"{FactText.Holder(position, _document)}:").Text(FactText.PerArticle(position.Stance, position.StanceBySource, _document) + voice).Cite(position).End();
            }
        }
        if (topic.Claims.Count > 0)
        {
            _document.Heading("Claims");
            foreach (var claim in topic.Claims) _document.Item().Text(FactText.Name(claim)).Cite(claim).End();
        }
        if (topic.Statements.Count > 0)
        {
            _document.Heading("What was said");
            foreach (var statement in topic.Statements) StatementWriter.Write(_document, statement, withSpeaker: true);
        }
        if (topic.Events.Count > 0)
        {
            _document.Heading("Events");
            foreach (var e in FactText.OrderEvents(topic.Events)) StatementWriter.WriteEvent(_document, e);
        }
        return _document.Build();
    }

    public BriefingDocument? WritePerson(string id, TextWriter error)
    {
        if (!People.TryGet(id, out var person))
        {
            error.WriteLine($"No person has the id '{id}'. Known people: {string.Join(", ", People.All.Select(p => p.Id))}.");
            return null;
        }
        _document.Title($"Briefing on one person: {FactText.Display(person)}");
        _document.Paragraph().Text(FactText.Describe(person)).Cite(person).End();
        var statements = Statements.BySpeaker(person);
        if (statements.Count > 0)
        {
            _document.Heading("What they said");
            foreach (var statement in statements) StatementWriter.Write(_document, statement, withSpeaker: false);
        }
        var voiced = Positions.All.Where(p => p.VoicedBy == person).ToList();
        if (voiced.Count > 0)
        {
            _document.Heading("Positions they voiced");
            foreach (var position in voiced) _document.Item($"{position.Topic.Name}:").Text(FactText.PerArticle(position.Stance, position.StanceBySource, _document)).Cite(position).End();
        }
        if (person.Events.Count > 0)
        {
            _document.Heading("Events they take part in");
            foreach (var e in FactText.OrderEvents(person.Events)) StatementWriter.WriteEvent(_document, e);
        }
        return _document.Build();
    }

    /// <summary>Any fact, of whatever kind, by its id through <c>FactCatalog.Get</c>: what it says and where the articles say it.</summary>
    public BriefingDocument? WriteFact(string id, TextWriter error)
    {
        IFact fact;
        try
        {
            fact = FactCatalog.Get(id);
        }
        catch (KeyNotFoundException exception)
        {
            // The generated Get names the missing id in its message; the catalog lists the ids there are.
            error.WriteLine($"{exception.Message} Ids are listed in docs/facts.md.");
            return null;
        }
        _document.Title($"One fact: {fact.Id}");
        _document.Paragraph($"{fact.GetType().Name}:").Text(FactText.Name(fact)).Cite(fact).End();
        _document.Paragraph("Basis:").Text(fact.Basis == FactBasis.Inferred ? "inferred by a curator" : "stated in the articles").End();
        return _document.Build();
    }

    private static string ShortTopicId(Topic topic) => topic.Id.StartsWith("topic-", StringComparison.Ordinal) ? topic.Id.Substring(6) : topic.Id;
}
