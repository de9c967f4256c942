namespace FactGen.Cli.Tests.Infrastructure;

/// <summary>The fixture corpus with a person whose values try to break out of the page: a script, the end of the style sheet, a javascript: link, bidi overrides.</summary>
internal static class HostileCorpus
{
    public static TempFacts Create()
    {
        var facts = ReportCommandTests.CopyOfFixture();
        facts.Write("hostile.yaml", """
            kind: Person
            facts:
              - id: mallory
                name: "<script>window.__pwned = 1</script>"
                title: "</style><img src=x onerror=\"window.__pwned = 2\">"
                basis: inferred
                note: "javascript:window.__pwned = 3 and \u202Egnp.exe and \" onmouseover=\"window.__pwned = 4"
                citations:
                  - source: harbour
                    paragraph: 2
                    quote: "We are open"
            """);
        return facts;
    }
}
