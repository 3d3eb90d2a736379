using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using Lumen.Grants.Data;
using Lumen.Grants.Model;

namespace Lumen.Grants.Board;

/// <summary>The board pack: the figures the trustees see at each meeting.</summary>
/// <param name="rates">The rate source.</param>
/// <param name="meeting">The day of the meeting, which is also the conversion date of the pack.</param>
public sealed class BoardPack(IExchangeRateProvider rates, DateOnly meeting)
{
    private readonly List<Money> _euroLines = [];
    private Money _headline = Money.Eur(0m);
    private Money _converted = Money.Zero(Currency.EUR);

    /// <summary>Raised when a line is added to the pack.</summary>
    public event Action<Money>? LineAdded;

    /// <summary>The headline figure of the pack, in euros; a figure in another currency is converted on the way in.</summary>
    public Money Headline
    {
        get => _headline;
        set => _headline = value.Currency == Currency.EUR ? value : value.ConvertTo(Currency.EUR, meeting, rates, RateLookup.MostRecentWithin(5)).Result;
    }

    /// <summary>Any figure, kept in euros by a converting setter.</summary>
    public Money Converted
    {
        get => _converted;
        set => _converted = ToEuros(value);
    }

    private Money ToEuros(Money figure) => figure.ConvertTo(Currency.EUR, meeting, rates, RateLookup.ExactDate).Result;

    /// <summary>Fills the pack for a meeting.</summary>
    public void Fill()
    {
        Headline = Money.Jpy(2_400_000_000m);
        Converted = Money.Gbp(100_000m);
        _euroLines.Clear();
        foreach (var award in Catalogue.EuroRound1)
        {
            _euroLines.Add(award);
            LineAdded?.Invoke(award);
        }
    }

    /// <summary>Whether the headline is above the Brussels cap (both euros: the setter converts).</summary>
    public bool HeadlineAboveCap() => Headline > Catalogue.BrusselsCap; // clean: the setter converts, so the yen written is not what is read

    /// <summary>Whether the converted figure is above the euro floor.</summary>
    public bool ConvertedAboveFloor() => Converted > Catalogue.EuroFloor; // clean: converted to euros on the way in

    /// <summary>The pack's lines in one figure.</summary>
    public Money Lines() => _euroLines.Sum(Currency.EUR); // clean: the lines are rebuilt from euros

    /// <summary>The pack's lines in yen by mistake (a bug: the lines are euros).</summary>
    public Money LinesInYen() => _euroLines.Sum(Currency.JPY); // expect: AIR0001

    /// <summary>Registers the printer: each line is printed against the euro floor.</summary>
    public void Print() => LineAdded += line => Console.WriteLine(line > Catalogue.EuroFloor ? $"{line} (large)" : $"{line}"); // clean: a handler's parameter, unknown
}

/// <summary>The trustees' questions, answered one by one.</summary>
public static class Questions
{
    /// <summary>A first tranche rescheduled: the same record struct with another due day and, by a slip, in yen.</summary>
    /// <param name="due">The due day.</param>
    /// <returns>The tranches, before and after.</returns>
    public static (Tranche Before, Tranche After) Reschedule(DateOnly due)
    {
        var before = new Tranche(due, Money.Eur(100_000m), "first");
        var after = before with { Due = due.AddMonths(3), Amount = Money.Jpy(16_000_000m) };
        Console.WriteLine(after.Amount > Money.Jpy(1_000_000m)); // clean: the yen the with gave it
        Console.WriteLine(before.Amount > Money.Jpy(1_000_000m)); // expect: AIR0001
        return (before, after);
    }

    /// <summary>The cap of a desk, or the euro floor for a desk without one.</summary>
    /// <param name="desk">The desk.</param>
    /// <returns>The money.</returns>
    public static Money CapOrFloor(Desk desk) => desk switch
    {
        Desk.Tokyo => Catalogue.TokyoCap,
        Desk.Brussels => Catalogue.BrusselsCap,
        _ => Catalogue.EuroFloor,
    };

    /// <summary>Whether a desk's cap is above the euro floor (the cap's currency depends on the desk).</summary>
    /// <param name="desk">The desk.</param>
    /// <returns>Whether it is.</returns>
    public static bool CapAboveFloor(Desk desk) => CapOrFloor(desk) > Catalogue.EuroFloor; // clean: the arms differ, unknown

    /// <summary>The euro cap or floor, whichever the call asks for.</summary>
    /// <param name="cap">Whether the cap is meant.</param>
    /// <returns>Euros.</returns>
    public static Money EuroLimit(bool cap) => cap ? Catalogue.BrusselsCap : Catalogue.EuroFloor;

    /// <summary>Whether a euro limit is above the Tokyo cap (a bug: euros against yen, through a conditional).</summary>
    /// <param name="cap">Whether the cap is meant.</param>
    /// <returns>Whether it is.</returns>
    public static bool EuroLimitAboveTokyo(bool cap) => EuroLimit(cap) > Catalogue.TokyoCap; // expect: AIR0001

    /// <summary>The low and high estimate of the next euro round.</summary>
    /// <returns>The range.</returns>
    public static (Money Low, Money High) NextRound() => (Money.Eur(2_000_000m), Money.Eur(3_500_000m));

    /// <summary>Checks the next round's range against the caps.</summary>
    public static void CheckNextRound()
    {
        var (low, high) = NextRound();
        Console.WriteLine(low < high); // clean: euros both
        Console.WriteLine(high > Catalogue.BrusselsCap); // clean: euros
        Console.WriteLine(low > Catalogue.LondonReserve.Floor); // expect: AIR0001
        Console.WriteLine($"gap to the Tokyo cap: {Catalogue.TokyoCap - high}"); // expect: AIR0001
    }

    /// <summary>The pots' homes, asked through the static abstract member.</summary>
    public static void Homes()
    {
        var euroFigure = Money.Of(1_000m, EuroPot.Home);
        var yenFigure = Money.Of(1_000m, YenPot.Home);
        Console.WriteLine(euroFigure > Catalogue.EuroFloor); // clean: euros
        Console.WriteLine(euroFigure > yenFigure); // expect: AIR0001
    }

    /// <summary>A desk's fee, by a local function.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The award with the London fee.</returns>
    public static Money WithLondonFee(Grant grant)
    {
        var withFee = grant.Award + Fee(); // clean: the award's currency is unknown
        Console.WriteLine(Fee() > Catalogue.EuroFloor); // expect: AIR0001
        return withFee;

        static Money Fee() => Money.Gbp(250m);
    }

    /// <summary>A running figure that changes currency as the loop goes (each desk in turn).</summary>
    /// <returns>The last figure.</returns>
    public static Money Rolling()
    {
        var figure = Money.Eur(1m);
        foreach (var desk in Enum.GetValues<Desk>())
        {
            figure = Desks.MinimumTranche(desk);
        }

        return figure > Money.Jpy(1m) ? figure : Money.Jpy(1m); // clean: reassigned, unknown
    }

    /// <summary>The caps the trustees look up by desk.</summary>
    /// <param name="desk">The desk.</param>
    /// <returns>Whether the desk's cap is above the Tokyo cap.</returns>
    public static bool AboveTokyo(Desk desk) => Catalogue.Caps.TryGetValue(desk, out var cap) && cap > Catalogue.TokyoCap; // clean: the dictionary mixes desks

    /// <summary>The euro round by index, read back with an out variable.</summary>
    private static readonly Dictionary<int, Money> EuroByIndex = new() { [0] = Money.Eur(250_000m), [1] = Money.Eur(1_200_000m) };

    /// <summary>Whether a euro grant is above the Tokyo cap (a bug: euros against yen, through TryGetValue).</summary>
    /// <param name="index">The grant's index.</param>
    /// <returns>Whether it is.</returns>
    public static bool EuroGrantAboveTokyo(int index) => EuroByIndex.TryGetValue(index, out var euros) && euros > Catalogue.TokyoCap; // expect: AIR0001

    /// <summary>Every scheduled list of each desk, each summed in the desk's own currency by name.</summary>
    /// <returns>The totals.</returns>
    public static IEnumerable<Money> Scheduled()
    {
        foreach (var (desk, list) in Catalogue.Scheduled)
        {
            yield return list.Sum(desk == "tokyo" ? Currency.JPY : Currency.EUR); // clean: the currency follows the key
        }
    }

    /// <summary>A grant's overhead, or nothing in euros.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Whether the overhead is above the Tokyo cap.</returns>
    public static bool OverheadAboveTokyo(Grant grant) => (grant.Overhead ?? Money.Zero(Currency.EUR)) > Catalogue.TokyoCap; // clean: the overhead's currency is unknown

    /// <summary>The euro round's first grant through a ref local.</summary>
    /// <returns>Whether it is above the floor.</returns>
    public static bool FirstEuroAboveFloor()
    {
        Money[] copy = [.. Catalogue.EuroRound1];
        ref var first = ref copy[0];
        first = Money.Jpy(1m);
        return copy[1] > Catalogue.EuroFloor; // clean: an element written through a ref, unknown
    }
}
