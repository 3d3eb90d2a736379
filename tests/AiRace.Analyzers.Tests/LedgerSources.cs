namespace AiRace.Analyzers.Tests;

/// <summary>
/// The sources that the tests of collections written through their storage share: <c>Ledger</c>, a static class with
/// an <c>ImmutableArray</c> of yuan, <c>Floors</c>, and the members a test adds (its <c>Go()</c> may write dollars into
/// it); <see cref="Check"/> compares <c>Floors[0]</c> with dollars after <c>Go()</c>, and expects no report;
/// <see cref="CheckReports"/> expects one.
/// </summary>
internal static class LedgerSources
{
    public const string Check = """
        using AiRace.Core;
        class Checks
        {
            void Run() => Ledger.Go();
            bool A() => Ledger.Floors[0] > Money.Usd(1m);
        }
        """;

    public const string CheckReports = """
        using AiRace.Core;
        class Checks
        {
            void Run() => Ledger.Go();
            bool A() => {|AIR0001:Ledger.Floors[0] > Money.Usd(1m)|};
        }
        """;

    public static string Ledger(string members, string extraTypes = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Threading.Tasks;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        {{extraTypes}}
        public static partial class Ledger
        {
            public static readonly ImmutableArray<Money> Floors = ImmutableArray.Create(Money.Cny(1m));
        {{members}}
        }
        """;
}
