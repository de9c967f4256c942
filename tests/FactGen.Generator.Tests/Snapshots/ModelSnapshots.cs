using System.Collections.Generic;
using FactGen.Core;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Snapshots;

/// <summary>
/// Whole models through the driver: the shipped corpus and the small fixture, and the fixture under
/// each option. The small fixture pins every file, the templates included; an option's snapshot
/// pins only the files that option changes, and the shipped corpus every file but the templates.
/// </summary>
public class ModelSnapshots : SnapshotTest
{
    [Fact]
    public void Shipped_facts() => VerifyGenerator(GeneratorHarness.ShippedFacts(), include: ModelSources);

    [Fact]
    public void Small_fixture() => VerifyGenerator(Fixtures.Files());

    [Fact]
    public void Namespace_from_FactGenNamespace() =>
        VerifyGenerator(Fixtures.Files(), Options(ns: "My.Facts.Generated", rootNamespace: "Ignored"), include: hint => hint == "FactGen.Person.g.cs");

    [Fact]
    public void Namespace_from_RootNamespace_when_FactGenNamespace_is_blank() =>
        VerifyGenerator(Fixtures.Files(), Options(ns: "  ", rootNamespace: "Root.Space"), include: hint => hint == "FactGen.Person.g.cs");

    [Fact]
    public void Internal_visibility() =>
        VerifyGenerator(Fixtures.Files(), Options(visibility: "internal"), include: hint => hint is "FactGen.Person.g.cs" or "FactGen.Source.g.cs" or GeneratedNames.SupportHint);

    /// <summary>A schema and no facts: every kind, every lookup, all empty.</summary>
    [Fact]
    public void Empty_corpus_schema_only() =>
        VerifyGenerator(new List<AdditionalText> { new InMemoryAdditionalText(Fixtures.Root + "schema.yaml", Fixtures.Schema) }, include: ModelSources);
}
