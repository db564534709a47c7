using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class NiceTicksTests
{
    [Fact]
    public void Covers_a_share_axis_in_steps_of_a_fifth()
    {
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], NiceTicks.Cover(0, 1));
    }

    [Fact]
    public void Covers_counts_with_round_steps_from_zero()
    {
        // 0..212 in about 5 steps: raw step 42.4 → 50.
        Assert.Equal([0, 50, 100, 150, 200, 250], NiceTicks.Cover(0, 212));
    }

    [Fact]
    public void Widens_an_empty_range_instead_of_dividing_by_zero()
    {
        var ticks = NiceTicks.Cover(3, 3);

        Assert.True(ticks[0] < 3 && ticks[^1] > 3);
    }
}
