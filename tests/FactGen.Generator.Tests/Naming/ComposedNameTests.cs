using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FactGen.Core;
using static FactGen.Generator.Tests.Naming.NameCollisionTests;

namespace FactGen.Generator.Tests.Naming;

/// <summary>
/// The names the emitter composes inside <c>FactData</c> from kind, plural, union and field names
/// (issue 26): each is a role word, then its parts, joined by '_' (<see cref="GeneratedNames.FactDataMembers"/>).
/// Schema names have no '_', so two composed names are equal only when role and parts are; the
/// shared helpers start with words that are no role. These schemas broke the build before; the C#
/// compiler judges each one (<see cref="NameCollisionTests.Run"/> fails on any compiler error).
/// </summary>
public class ComposedNameTests
{
    private const string Union = "unions:\n  {0}: [{1}]\n";

    public static TheoryData<string, string, string[]> Schemas => new()
    {
        // Make_ + kind Offset and plural Make + _Offset were both Make_Offset (CS0111).
        { "kind Offset, plural Make", Kind("Offset", "Make"), ["Offset"] },
        // Make_ + kind Links and kind Make + _Links were both Make_Links (CS0102).
        { "kinds Make and Links", Kind("Make", "Makes") + Kind("Links", "LinksItems"), ["Make", "Links"] },
        // plural + _Fact met the shared Any_Fact (CS0111); plural + _List met ReadOnly_List (CS0102).
        { "plural Any", Kind("Thing", "Any"), ["Thing"] },
        { "plural ReadOnly", Kind("Thing", "ReadOnly"), ["Thing"] },
        // These three compiled before only by luck: Fact_List was a class beside the generic
        // Fact_List<T>, the two Links_Of_Groups methods took different parameters, and C# looks up
        // only types where a type is expected. Kept, so a change to those shapes cannot break them.
        { "plural Fact", Kind("Thing", "Fact"), ["Thing"] },
        // Read_ + union Links and kind Read + _Links were both Read_Links.
        { "kind Read, union Links", Kind("Read", "Reads") + Kind("Other", "Others") + string.Format(System.Globalization.CultureInfo.InvariantCulture, Union, "Links", "Read, Other"), ["Read", "Other"] },
        // Links_Of_ + kind Groups and plural Links + field of + _Groups were both Links_Of_Groups.
        { "kind Groups, plural Links with an indexed field of", Kind("Groups", "GroupsItems") + Kind("Item", "Links", "of: { type: string, indexed: true }"), ["Groups", "Item"] },
        // A shared helper without '_' (Entry) had the name of a kind inside FactData.
        { "kind Entry", Kind("Entry", "Entries"), ["Entry"] },
        // The JSON context's list of any kind, Facts, met a kind whose plural is Facts (CS0102;
        // found by the random-schema property once both branches were merged).
        { "kind Fact, plural Facts", Kind("Fact", "Facts"), ["Fact"] },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void A_schema_whose_composed_names_met_before_compiles_clean(string what, string kinds, string[] withFacts)
    {
        var facts = withFacts.Select(kind => (kind.ToLowerInvariant() + ".yaml", Facts(kind, kind.ToLowerInvariant() + "-one"))).ToArray();
        Assert.True(Run(kinds, facts) is { Count: 0 } found, what);
    }

    [Fact]
    public void Roles_and_shared_names_are_words_no_two_composed_names_can_share()
    {
        var roles = GeneratedNames.FactDataMembers.Roles;
        var shared = GeneratedNames.FactDataMembers.Shared;
        Assert.Equal(roles.Count, roles.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(shared.Count, shared.Distinct(StringComparer.Ordinal).Count());
        Assert.All(roles, role => Assert.True(role.Length > 0 && role.All(FactGen.Core.Naming.IsAsciiLetterOrDigit), role));
        // A shared name has a '_' (so no kind, plural or support type is named like it) and does not
        // start with a role word (so no composed name is named like it).
        Assert.All(shared, name => Assert.Contains('_', name));
        Assert.All(shared, name => Assert.DoesNotContain(name.Split('_')[0], roles));
    }

    [Fact]
    public void Every_composed_name_is_one_role_then_its_parts()
    {
        // Every method of the table, found by reflection so a new one cannot be missed, given parts
        // that are schema names (Part0, Part1, ...) or a chunk number.
        var methods = typeof(GeneratedNames.FactDataMembers).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(string)).ToList();
        Assert.True(methods.Count >= 15, "the table's compositions were not found");
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var method in methods)
        {
            var parts = method.GetParameters().Select((p, i) => p.ParameterType == typeof(int) ? (object)i : "Part" + i).ToArray();
            var name = (string)method.Invoke(null, parts)!;
            var segments = name.Split('_');
            Assert.Contains(segments[0], GeneratedNames.FactDataMembers.Roles);
            Assert.Equal(parts.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)), segments.Skip(1));
            // One composition per role: a role with two shapes could meet itself.
            Assert.False(roles.TryGetValue(segments[0], out var other), $"{method.Name} and {other} share the role {segments[0]}");
            roles[segments[0]] = method.Name;
        }
        Assert.Equal(GeneratedNames.FactDataMembers.Roles.OrderBy(r => r, StringComparer.Ordinal), roles.Keys.OrderBy(r => r, StringComparer.Ordinal));
    }
}
