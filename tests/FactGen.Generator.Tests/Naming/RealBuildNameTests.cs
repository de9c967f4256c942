using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests.Naming;

/// <summary>
/// The two schemas that crashed a real <c>dotnet build</c> with CS8785 (a kind named Support, whose
/// file took the support types' hint name; kinds Abc and ABC, whose hint names differ only in case)
/// now build and run: only a real build shows what the compiler does with the hint names. The
/// kinds are in the shared real consumer (<see cref="RealConsumer.HintNameKinds"/>), built once.
/// </summary>
[Collection(RealConsumerCollection.Name)]
[Trait("Category", "Slow")]
public class RealBuildNameTests(RealConsumer consumer)
{
    [Fact]
    public void A_kind_named_Support_and_kinds_that_differ_only_in_case_build_and_run()
    {
        var run = consumer.FirstRun;

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("help lower upper", run.Output);
        Assert.DoesNotContain("CS8785", run.Output);
        Assert.DoesNotContain("AD0001", run.Output);
    }
}
