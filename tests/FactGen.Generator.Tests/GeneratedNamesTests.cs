using System;
using System.Linq;
using System.Threading;
using FactGen.Core;
using FactGen.Core.Binding;
using FactGen.Core.Reading;
using FactGen.Generator.Emit;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactGen.Generator.Tests;

/// <summary>
/// The schema checks judge a schema by the names in <see cref="GeneratedNames"/>; the emitter must
/// write exactly those names, or a check passes a schema whose model does not compile. These tests
/// read the generated code back and compare what it declares with the table (issue 13).
/// </summary>
public class GeneratedNamesTests
{
    private static readonly EmitOptions Options = new("Consumer", IsPublic: true, Version: "1.0.0");

    [Fact]
    public void The_emitted_types_and_files_are_the_ones_the_table_names()
    {
        // The shipped corpus: every field type, enums and indexed fields among them.
        var model = Bound(GeneratorHarness.ShippedFacts());
        Assert.Contains(model.Kinds, k => k.Schema.Fields.Any(f => f.Type == Core.Schema.FieldType.Enum));
        var sources = ModelEmitter.Emit(model, Options);

        var declared = sources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.Text).GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            .SelectMany(ns => ns.Members.OfType<BaseTypeDeclarationSyntax>())
            .Select(t => t.Identifier.Text)
            .ToHashSet(StringComparer.Ordinal);
        var named = GeneratedNames.SupportTypes.Concat(model.Kinds.Select(k => k.Schema).SelectMany(GeneratedNames.TypesOf))
            .Concat(model.Unions.Select(GeneratedNames.UnionInterface)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(named.OrderBy(n => n, StringComparer.Ordinal), declared.OrderBy(n => n, StringComparer.Ordinal));

        var schemas = model.Kinds.Select(each => each.Schema).ToList();
        // Per kind: its own file, its id table, its group tables when a field needs them, a file per 256 facts.
        var hints = model.Kinds.SelectMany(k => new[] { GeneratedNames.KindHint(k.Schema, schemas), GeneratedNames.IdsHint(k.Schema, schemas) }
                .Concat(k.Schema.Fields.Any(f => f.IsIndexed || f.Inverse is not null) ? [GeneratedNames.GroupsHint(k.Schema, schemas)] : [])
                .Concat(Enumerable.Range(0, (k.Facts.Count + 255) / 256).Select(n => GeneratedNames.ChunkHint(k.Schema, schemas, n))))
            .Concat([GeneratedNames.SupportHint, GeneratedNames.DataHint, GeneratedNames.DataReaderHint, GeneratedNames.JsonHint])
            .Concat(model.Unions.IsEmpty ? [] : [GeneratedNames.UnionsHint]);
        Assert.Equal(hints.OrderBy(h => h, StringComparer.Ordinal), sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
    }

    [Fact]
    public void Each_static_class_declares_exactly_the_members_the_table_names_and_a_member_per_fact()
    {
        var model = Bound();
        var sources = ModelEmitter.Emit(model, Options);
        var classes = sources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.Text).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .ToLookup(c => c.Identifier.Text, StringComparer.Ordinal);

        foreach (var kind in model.Kinds)
        {
            var members = classes[GeneratedNames.FactsClass(kind.Schema)]
                .SelectMany(c => c.Members)
                .Select(m => m switch { PropertyDeclarationSyntax p => p.Identifier.Text, MethodDeclarationSyntax d => d.Identifier.Text, _ => string.Empty })
                .ToHashSet(StringComparer.Ordinal);
            // Equal sets: a member the emitter added without the table would go unreserved.
            var declared = GeneratedNames.DeclaredFactsClassMembers(kind.Schema).Concat(kind.Facts.Select(f => GeneratedNames.FactMember(f.Id)));
            Assert.Equal(declared.OrderBy(n => n, StringComparer.Ordinal), members.OrderBy(n => n, StringComparer.Ordinal));
            Assert.All(GeneratedNames.DeclaredFactsClassMembers(kind.Schema), name => Assert.Contains(name, GeneratedNames.ReservedFactMembers(kind.Schema)));

            var constants = classes[GeneratedNames.IdsClass(kind.Schema)].SelectMany(c => c.Members).OfType<FieldDeclarationSyntax>()
                .SelectMany(f => f.Declaration.Variables).Select(v => v.Identifier.Text);
            Assert.Equal(kind.Facts.Select(f => GeneratedNames.FactMember(f.Id)), constants);
        }
    }

    [Fact]
    public void Every_member_a_record_declares_is_a_field_an_inverse_or_reserved_by_the_table()
    {
        var model = Bound(GeneratorHarness.ShippedFacts());
        var sources = ModelEmitter.Emit(model, Options);
        var records = sources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.Text).GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>())
            .Where(r => r.Members.Count > 0) // the JSON file's partial declarations only add an attribute
            .ToDictionary(r => r.Identifier.Text, StringComparer.Ordinal);

        foreach (var kind in model.Kinds.Select(k => k.Schema))
        {
            // A field, the values by source of a per-source field, or an inverse landing here
            // directly or through a union this kind is a member of.
            var unions = model.Unions.Where(u => u.Members.Contains(kind.Name)).Select(u => u.Name).ToList();
            var own = kind.Fields.Select(f => f.PropertyName)
                .Concat(kind.Fields.Where(f => f.IsPerSource).Select(GeneratedNames.BySourceProperty))
                .Concat(model.Kinds.SelectMany(k => k.Schema.Fields)
                    .Where(f => (f.TargetKind == kind.Name || unions.Contains(f.TargetKind!)) && f.Inverse is not null).Select(f => f.Inverse!))
                .ToHashSet(StringComparer.Ordinal);
            var members = records[GeneratedNames.Record(kind)].Members
                .Select(m => m switch { PropertyDeclarationSyntax p => p.Identifier.Text, MethodDeclarationSyntax d => d.Identifier.Text, _ => null })
                .Where(n => n is not null && !own.Contains(n))
                .ToList();
            Assert.NotEmpty(members);
            Assert.All(members, name => Assert.Contains(name!, GeneratedNames.RecordMembers));
        }
    }

    [Fact]
    public void Emitting_stops_when_cancelled()
    {
        var model = Bound();
        Assert.NotEmpty(ModelEmitter.Emit(model, Options));

        Assert.ThrowsAny<OperationCanceledException>(() => ModelEmitter.Emit(model, Options, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_stage_lets_cancellation_through_and_turns_any_other_failure_into_its_fallback()
    {
        // The IDE cancels by throwing inside a stage; PipelineGuard must not turn that into FG0034.
        Assert.ThrowsAny<OperationCanceledException>(() =>
            PipelineGuard.Run<string>("binding the facts", () => throw new OperationCanceledException(), (_, _) => "fallback"));
        Assert.Equal("fallback: binding the facts",
            PipelineGuard.Run<string>("binding the facts", () => throw new InvalidOperationException("boom"), (what, _) => "fallback: " + what));
    }

    private static FactModel Bound() => Bound(Fixtures.Files());

    private static FactModel Bound(System.Collections.Generic.IEnumerable<AdditionalText> texts)
    {
        var files = texts.Select(f => ParsedFile.Read(f.Path, f.GetText()!.ToString(), ReadLimits.Default)).ToList();
        var schema = Corpus.LoadSchema(files.Where(f => f.IsSchema));
        var result = Corpus.Bind(schema, files.Where(f => !f.IsSchema).ToList(), null, ReadLimits.Default);
        Assert.Empty(result.Diagnostics);
        return result.Model;
    }
}
