using System.IO;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests;

/// <summary>
/// A real `dotnet build` of a fresh project that references the generator as an analyzer: the only
/// test that shows the generator's own dependencies loading (CS8784/CS8785 otherwise).
/// </summary>
[Collection(RealConsumerCollection.Name)]
[Trait("Category", "Slow")] // README: the fast subset while editing leaves these out
public class RealBuildTests(RealConsumer consumer)
{
    [Fact]
    public void A_consumer_project_builds_runs_and_sees_located_errors()
    {
        var run = consumer.FirstRun;
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Ada of Utopia, 2 people", run.Output);
        Assert.DoesNotContain("CS8784", run.Output);
        Assert.DoesNotContain("CS8785", run.Output);

        var people = Path.Combine(consumer.Facts, "people.yaml");
        File.WriteAllText(people, Fixtures.People.Replace("country: utopia\n    born", "country: utopa\n    born"));
        try
        {
            var broken = consumer.Build("build");

            Assert.NotEqual(0, broken.ExitCode);
            Assert.Contains("people.yaml(5,14): error FG0013: No Country has the id 'utopa'; did you mean 'utopia'?", broken.Output);
        }
        finally
        {
            File.WriteAllText(people, Fixtures.People);
        }
    }
}
