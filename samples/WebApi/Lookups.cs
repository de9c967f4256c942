namespace WebApi;

/// <summary>
/// Each kind by its plural as a route segment (<c>/people</c>), with its facts and the generated
/// lookups of its indexed fields by YAML field name (<c>?country=china</c> calls
/// <c>People.ByCountry</c>). A lookup gives null when the value names no fact it can point at.
/// </summary>
public static class Lookups
{
    public sealed record KindLookups(IReadOnlyList<IFact> All, IReadOnlyDictionary<string, Func<string, IReadOnlyList<IFact>?>> Lookups);

    public static readonly IReadOnlyDictionary<string, KindLookups> ByPlural = new Dictionary<string, KindLookups>(StringComparer.OrdinalIgnoreCase)
    {
        ["sources"] = Kind(Sources.All),
        ["countries"] = Kind(Countries.All),
        ["organizations"] = Kind(Organizations.All, ("country", v => Countries.TryGet(v, out var c) ? Organizations.ByCountry(c) : null)),
        ["people"] = Kind(People.All, ("country", v => Countries.TryGet(v, out var c) ? People.ByCountry(c) : null)),
        ["places"] = Kind(Places.All),
        ["topics"] = Kind(Topics.All),
        ["events"] = Kind(Events.All),
        ["positions"] = Kind(Positions.All,
            ("topic", v => Topics.TryGet(v, out var t) ? Positions.ByTopic(t) : null),
            ("holder", v => Party(v) is { } p ? Positions.ByHolder(p) : null)),
        ["statements"] = Kind(Statements.All, ("speaker", v => People.TryGet(v, out var p) ? Statements.BySpeaker(p) : null)),
        ["claims"] = Kind(Claims.All, ("claimant", v => Party(v) is { } p ? Claims.ByClaimant(p) : null)),
        ["characterizations"] = Kind(Characterizations.All),
    };

    private static IParty? Party(string id) => FactCatalog.TryGet(id, out var fact) ? fact as IParty : null;

    private static KindLookups Kind(IReadOnlyList<IFact> all, params (string Field, Func<string, IReadOnlyList<IFact>?> Lookup)[] lookups) =>
        new(all, lookups.ToDictionary(l => l.Field, l => l.Lookup, StringComparer.Ordinal));
}
