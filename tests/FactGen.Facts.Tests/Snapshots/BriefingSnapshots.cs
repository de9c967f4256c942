using System.IO;
using FactGen.Tests.Snapshots;

namespace FactGen.Facts.Tests.Snapshots;

/// <summary>The briefing pinned in each format: a change to what it says, or how, is reviewed like code.</summary>
public class BriefingSnapshots
{
    private static string Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter();
        Assert.Equal(0, FactGen.Briefing.Program.Run(args, output, error));
        Assert.Equal(string.Empty, error.ToString());
        return output.ToString();
    }

    [Fact]
    public void Full_briefing_as_text() => TextSnapshot.Verify(Run("--format", "text"), "txt");

    [Fact]
    public void Full_briefing_as_markdown() => TextSnapshot.Verify(Run("--format", "markdown"), "md");

    [Fact]
    public void Full_briefing_as_html() => TextSnapshot.Verify(Run("--format", "html"), "html");

    [Fact]
    public void Person_briefing_as_text() => TextSnapshot.Verify(Run("--person", "wang-yi"), "txt");
}
