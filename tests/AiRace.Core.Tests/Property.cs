using System;
using CsCheck;

namespace AiRace.Core.Tests;

/// <summary>
/// Property tests with a fixed seed: the same values on every run and machine, on one thread, so a failure in CI is
/// a failure on every laptop. CsCheck's own <c>Sample</c> fixes only the first value's seed; this draws every value
/// from one seeded generator. A failure names the value and its seed; <c>gen.Sample(assert, seed: "…")</c> replays
/// and shrinks it.
/// </summary>
internal static class Property
{
    /// <summary>Checks <paramref name="assert"/> on <paramref name="iter"/> values of <paramref name="gen"/>.</summary>
    public static void ForAll<T>(this Gen<T> gen, ulong seed, int iter, Action<T> assert, Func<T, string>? print = null)
    {
        var pcg = new PCG(1u, seed);
        for (int i = 0; i < iter; i++)
        {
            ulong state = pcg.State;
            T value = gen.Generate(pcg, null!, out _);
            try
            {
                assert(value);
            }
            catch (Exception ex)
            {
                string shown = print is null ? Check.Print(value) : print(value);
                throw new InvalidOperationException($"Property failed on value {i} of {iter} (seed \"{pcg.ToString(state)}\"): {shown}{Environment.NewLine}{ex.Message}", ex);
            }
        }
    }

    /// <summary>Checks a property of two values.</summary>
    public static void ForAll<T1, T2>(this Gen<(T1, T2)> gen, ulong seed, int iter, Action<T1, T2> assert) =>
        gen.ForAll(seed, iter, t => assert(t.Item1, t.Item2));

    /// <summary>Checks a property of three values.</summary>
    public static void ForAll<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, ulong seed, int iter, Action<T1, T2, T3> assert) =>
        gen.ForAll(seed, iter, t => assert(t.Item1, t.Item2, t.Item3));
}
