using System.IO;
using System.Linq;
using FactGen.Facts;

namespace FactGen.Facts.Tests;

/// <summary>The example app's output, driven through its entry point.</summary>
public class BriefingTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = FactGen.Briefing.Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_full_briefing_has_every_section_and_cites_every_line()
    {
        var (exit, output, error) = Run();

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        foreach (var heading in new[] { "THE VISIT", "WHO IS WHO", "THE AGENDA", "WHAT EACH SIDE SAID", "TIMELINE" })
        {
            Assert.Contains(heading, output);
        }
        Assert.Contains("Wang Yi", output);
        Assert.Contains("Shanghai, Beijing", output);
        Assert.Contains("US position:", output);
        foreach (var person in People.All) Assert.Contains(person.Name ?? person.Title, output);
        foreach (var statement in Statements.All) Assert.Contains(statement.Wordings[0].Split(' ')[0], output);
    }

    [Fact]
    public void The_timeline_puts_the_call_before_the_visit()
    {
        var (_, output, _) = Run();
        var timeline = output.Substring(output.IndexOf("TIMELINE", System.StringComparison.Ordinal));

        Assert.True(timeline.IndexOf(Events.BidenXiCall.Name, System.StringComparison.Ordinal) < timeline.IndexOf(Events.BlinkenChinaVisit2024.Name + " [", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--topic", "taiwan", "TAIWAN AND THE TAIWAN STRAIT")]
    [InlineData("--topic", "topic-taiwan", "TAIWAN AND THE TAIWAN STRAIT")]
    [InlineData("--person", "wang-yi", "WANG YI")]
    public void Focus_options_select_one_subject(string option, string id, string expected)
    {
        var (exit, output, _) = Run(option, id);

        Assert.Equal(0, exit);
        Assert.Contains(expected, output);
        Assert.DoesNotContain("WHO IS WHO", output);
    }

    [Theory]
    [InlineData("--topic", "atlantis", "No topic has the id 'atlantis'")]
    [InlineData("--person", "nobody", "No person has the id 'nobody'")]
    public void An_unknown_id_gets_a_clear_message_and_exit_2(string option, string id, string message)
    {
        var (exit, output, error) = Run(option, id);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Contains("Known", error);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Citations_in_the_briefing_use_existing_paragraphs()
    {
        var (_, output, _) = Run();
        var cited = System.Text.RegularExpressions.Regex.Matches(output, @"\[(\d) ¶([\d, ]+)").Count;

        Assert.True(cited > 50, $"only {cited} citations in the briefing");
        Assert.DoesNotContain("[0 ¶", output);
    }
}
