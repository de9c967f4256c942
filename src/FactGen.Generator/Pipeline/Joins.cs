using System;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator;

/// <summary>
/// Roslyn's <c>Combine</c> pairs two inputs as (Left, Right); these join two to four inputs into one
/// named record, built whole from every input at once. Nothing is built with a placeholder and
/// patched later, so a missing input is a compile error, never a silent default.
/// </summary>
internal static class Joins
{
    public static IncrementalValueProvider<TResult> Join<T1, T2, TResult>(this IncrementalValueProvider<T1> first,
        IncrementalValueProvider<T2> second, Func<T1, T2, TResult> make) =>
        first.Combine(second).Select((pair, _) => make(pair.Left, pair.Right));

    public static IncrementalValueProvider<TResult> Join<T1, T2, T3, TResult>(this IncrementalValueProvider<T1> first,
        IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, Func<T1, T2, T3, TResult> make) =>
        first.Combine(second).Combine(third).Select((all, _) => make(all.Left.Left, all.Left.Right, all.Right));

    public static IncrementalValueProvider<TResult> Join<T1, T2, T3, T4, TResult>(this IncrementalValueProvider<T1> first,
        IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, IncrementalValueProvider<T4> fourth, Func<T1, T2, T3, T4, TResult> make) =>
        first.Combine(second).Combine(third).Combine(fourth).Select((all, _) => make(all.Left.Left.Left, all.Left.Left.Right, all.Left.Right, all.Right));

    /// <summary>Each value of <paramref name="each"/> with the one value of <paramref name="with"/>.</summary>
    public static IncrementalValuesProvider<TResult> Join<T1, T2, TResult>(this IncrementalValuesProvider<T1> each,
        IncrementalValueProvider<T2> with, Func<T1, T2, TResult> make) =>
        each.Combine(with).Select((pair, _) => make(pair.Left, pair.Right));

    /// <summary>Each value of <paramref name="each"/> with the one value of each other input.</summary>
    public static IncrementalValuesProvider<TResult> Join<T1, T2, T3, TResult>(this IncrementalValuesProvider<T1> each,
        IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, Func<T1, T2, T3, TResult> make) =>
        each.Combine(second).Combine(third).Select((all, _) => make(all.Left.Left, all.Left.Right, all.Right));

    /// <summary>Each value of <paramref name="each"/> with the one value of each other input.</summary>
    public static IncrementalValuesProvider<TResult> Join<T1, T2, T3, T4, TResult>(this IncrementalValuesProvider<T1> each,
        IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, IncrementalValueProvider<T4> fourth, Func<T1, T2, T3, T4, TResult> make) =>
        each.Combine(second).Combine(third).Combine(fourth).Select((all, _) => make(all.Left.Left.Left, all.Left.Left.Right, all.Left.Right, all.Right));

    /// <summary>The values of <paramref name="each"/>, only while <paramref name="when"/> holds.</summary>
    public static IncrementalValuesProvider<T> OnlyWhen<T>(this IncrementalValuesProvider<T> each, IncrementalValueProvider<bool> when) =>
        each.Combine(when).Where(pair => pair.Right).Select((pair, _) => pair.Left);
}
