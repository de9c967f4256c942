using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FactGen.Benchmarks.Reporting;

/// <summary>Median and spread of a set of timings, in milliseconds.</summary>
public sealed record Stats(int Count, double Median, double Min, double Max, double Mean, double StdDev)
{
    public static Stats Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        var sorted = values.OrderBy(v => v).ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var mean = sorted.Average();
        var variance = sorted.Length > 1 ? sorted.Sum(v => (v - mean) * (v - mean)) / (sorted.Length - 1) : 0;
        return new Stats(sorted.Length, median, sorted[0], sorted[^1], mean, Math.Sqrt(variance));
    }

    public string Spread => $"{Ms(Min)} – {Ms(Max)} (sd {Ms(StdDev)})";

    public static string Ms(double milliseconds) => milliseconds switch
    {
        < 0.001 => (milliseconds * 1_000_000).ToString("0.0", CultureInfo.InvariantCulture) + " ns",
        < 1 => (milliseconds * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " µs",
        < 1000 => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        _ => (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s",
    };

    public static string Bytes(double bytes) => bytes switch
    {
        < 1024 => bytes.ToString("0", CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        < 1024L * 1024 * 1024 => (bytes / 1024 / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / 1024 / 1024 / 1024).ToString("0.00", CultureInfo.InvariantCulture) + " GB",
    };

    public static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";
}
