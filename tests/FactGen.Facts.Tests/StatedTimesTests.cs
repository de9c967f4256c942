using FactGen.Briefing;
using FactGen.Facts;

namespace FactGen.Facts.Tests;

/// <summary>Reading a time the two articles state differently ("X (000) / Y (003)") back into one wording per article.</summary>
public class StatedTimesTests
{
    [Fact]
    public void Each_article_gets_its_words_and_the_shared_rest_is_kept()
    {
        var split = StatedTimes.Split("next week (000) / this week (003), starting Wednesday, for three days")!.Value;

        Assert.Equal(2, split.Wordings.Count);
        Assert.Equal((Sources.BlinkenLatestOfficial, "next week"), (split.Wordings[0].Source, split.Wordings[0].Words));
        Assert.Equal((Sources.BlinkenMajorDivides, "this week"), (split.Wordings[1].Source, split.Wordings[1].Words));
        Assert.Equal(", starting Wednesday, for three days", split.Shared);
    }

    [Theory]
    [InlineData("Friday")]
    [InlineData("less than a year before the coming visit")]
    [InlineData("Friday (999) / last week (003)")]
    [InlineData("Friday / last week")]
    public void A_time_not_in_the_marked_form_or_naming_an_unknown_article_is_left_as_it_is(string when)
    {
        Assert.Null(StatedTimes.Split(when));
    }
}
