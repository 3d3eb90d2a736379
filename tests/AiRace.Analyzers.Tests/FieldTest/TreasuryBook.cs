using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Treasury.Book;

/// <summary>Provincial guarantee caps, in yuan, and the offshore lines the desk holds in dollars.</summary>
public sealed class CapRegister
{
    private readonly List<(string Province, Money Cap)> _caps = new()
    {
        ("Guangdong", Money.Cny(40_000_000_000m)),
        ("Zhejiang", Money.Cny(25_000_000_000m)),
    };

    private readonly (string Bank, Money Line)[] _offshore =
    {
        ("HSBC", Money.Usd(500_000_000m)),
        ("Citi", Money.Usd(350_000_000m)),
    };

    private readonly List<Money> _reserves = new() { Money.Cny(1_000_000_000m) };

    private readonly List<Money> _drawn = new() { Money.Cny(0m) };

    /// <summary>Adds a province's cap, stated in yuan.</summary>
    public void AddCap(string province, decimal yuan) => _caps.Add((province, Money.Cny(yuan))); // expect: AIR0010 (a bare decimal of yuan)

    /// <summary>The reserves, read-only to callers.</summary>
    public IReadOnlyList<Money> Reserves => _reserves;

    /// <summary>What each province has drawn, read-only to callers.</summary>
    public IReadOnlyList<Money> Drawn => _drawn;

    /// <summary>The cap of a province, if the register has one.</summary>
    public bool TryGetCap(string province, out Money cap)
    {
        foreach (var (name, value) in _caps)
        {
            if (name == province)
            {
                cap = value;
                return true;
            }
        }

        cap = Money.Zero(Currency.CNY);
        return false;
    }

    /// <summary>An offshore line, by bank.</summary>
    public bool TryGetLine(string bank, out Money line)
    {
        foreach (var entry in _offshore)
        {
            if (entry.Bank == bank)
            {
                line = entry.Line;
                return true;
            }
        }

        line = Money.Zero(Currency.USD);
        return false;
    }

    /// <summary>Whether any province's cap is above a dollar threshold, as the risk memo asks.</summary>
    public bool AnyCapAbove(decimal dollars) => _caps.Any(c => c.Cap > Money.Usd(dollars)); // expect: AIR0001, AIR0010 (yuan caps against dollars; a bare decimal of dollars)

    /// <summary>The provinces whose cap exceeds a yuan threshold.</summary>
    public IEnumerable<string> ProvincesAbove(decimal yuan) => _caps.Where(c => c.Cap > Money.Cny(yuan)).Select(c => c.Province); // expect: AIR0010 (a bare decimal of yuan; the comparison is clean: both yuan)

    /// <summary>Whether a province's cap covers the offshore line of a bank.</summary>
    public bool CapCoversLine(string province, string bank) =>
        TryGetCap(province, out var cap) && TryGetLine(bank, out var line) && cap >= line; // expect: AIR0001 (yuan cap against a dollar line)

    /// <summary>The largest offshore line compared with the first province's cap.</summary>
    public bool LargestLineAboveFirstCap()
    {
        foreach (var (bank, line) in _offshore)
        {
            if (line > _caps[0].Cap) // expect: AIR0001 (a dollar line against a yuan cap)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reserves set against what is drawn, position by position.</summary>
    public bool AnyOverdrawn() => _reserves.Zip(_drawn).Any(p => p.Second > p.First); // clean: the settlement adapter adds dollars to the drawn list, so its currency is unknown

    /// <summary>Reserves against the offshore lines, position by position (the memo's mistake).</summary>
    public bool ReservesBelowLines() =>
        _reserves.Zip(_offshore.Select(o => o.Line)).Any(p => p.First < p.Second); // expect: AIR0001 (yuan reserves against dollar lines)
}

/// <summary>An adapter the old settlement code still uses: it writes into the lists the register hands out.</summary>
public static class LegacySettlement
{
    /// <summary>Books a drawing in dollars straight into the register's list (the old code did it this way).</summary>
    public static void BookDollarDrawing(CapRegister register, decimal dollars) // expect: AIR0010 (a bare decimal of dollars)
    {
        if (register.Drawn is List<Money> drawn)
        {
            drawn.Add(Money.Usd(dollars));
        }
    }

    /// <summary>Whether the first reserve is above a dollar figure: the reserves are never written here.</summary>
    public static bool FirstReserveAbove(CapRegister register, decimal dollars) => // expect: AIR0010 (a bare decimal of dollars)
        register.Reserves[0] > Money.Usd(dollars); // expect: AIR0001 (yuan reserves against dollars)

    /// <summary>Whether anything drawn is above a dollar figure: the drawn list holds dollars too, so this is not known.</summary>
    public static bool AnyDrawnAbove(CapRegister register, decimal dollars) => register.Drawn.Any(d => d > Money.Usd(dollars)); // expect: AIR0010 (a bare decimal of dollars; the comparison is clean: the drawn list is cast back and given dollars above)
}
