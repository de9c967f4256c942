using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Cli.Report;

/// <summary>
/// Where the kind diagram's boxes go: on a circle wide enough that neighbouring boxes keep apart
/// whatever the number of kinds (issue 27: at 20 kinds the boxes of a fixed 960-pixel circle
/// overlapped), each box as wide as its longest label. Sizes are estimated from the text, so the
/// page stays deterministic; the browser test measures the real boxes.
/// </summary>
internal sealed record DiagramLayout(double Width, double Height, double BoxWidth, IReadOnlyList<(double X, double Y)> Centers)
{
    public const double BoxHeight = 44;

    /// <summary>A generous width of one character of the diagram's 13-pixel font, so an estimate is never short.</summary>
    public const double CharWidth = 8;

    public static DiagramLayout Place(IReadOnlyList<string> boxLabels)
    {
        var boxWidth = Math.Max(150, boxLabels.Select(l => l.Length * CharWidth + 20).DefaultIfEmpty(0).Max());
        var n = Math.Max(1, boxLabels.Count);
        // Neighbours on the circle are 2R sin(pi/n) apart: at least a box and a gap wide.
        var radius = n == 1 ? 0 : Math.Max(240, (boxWidth + 40) / (2 * Math.Sin(Math.PI / n)));
        var width = 2 * radius + boxWidth + 120;
        var height = 2 * radius + BoxHeight + 140;
        var centers = new List<(double, double)>();
        for (var i = 0; i < boxLabels.Count; i++)
        {
            var angle = 2 * Math.PI * i / n - Math.PI / 2;
            centers.Add((width / 2 + radius * Math.Cos(angle), height / 2 + radius * Math.Sin(angle)));
        }
        return new DiagramLayout(width, height, boxWidth, centers);
    }
}

/// <summary>
/// Places the arrows' labels one by one at the first candidate point where the label's estimated
/// box meets no kind box and no label placed before it (issue 27: labels overlapped at the shipped
/// schema). When every candidate is taken, the first is used.
/// </summary>
internal sealed class LabelPlacer
{
    private readonly List<(double Left, double Top, double Right, double Bottom)> _taken = new();

    public LabelPlacer(DiagramLayout layout)
    {
        foreach (var (x, y) in layout.Centers) _taken.Add((x - layout.BoxWidth / 2, y - DiagramLayout.BoxHeight / 2, x + layout.BoxWidth / 2, y + DiagramLayout.BoxHeight / 2));
    }

    /// <summary>Where to write <paramref name="text"/> (centred at x, baseline at y), from <paramref name="candidates"/> in order of preference.</summary>
    public (double X, double Y) Place(string text, IReadOnlyList<(double X, double Y)> candidates)
    {
        var half = text.Length * DiagramLayout.CharWidth / 2 + 4;
        foreach (var (x, y) in candidates)
        {
            var box = (x - half, y - 15, x + half, y + 5);
            if (_taken.Any(t => box.Item1 < t.Right && t.Left < box.Item3 && box.Item2 < t.Bottom && t.Top < box.Item4)) continue;
            _taken.Add(box);
            return (x, y);
        }
        var first = candidates[0];
        _taken.Add((first.X - half, first.Y - 15, first.X + half, first.Y + 5));
        return first;
    }
}
