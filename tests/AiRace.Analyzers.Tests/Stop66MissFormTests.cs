using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms the fourth team's field test still missed (stop 66, issue 12 §1), in the order teams write
/// them: a <c>ConcurrentDictionary</c> cache whose <c>GetOrAdd</c> factory switches on its key, read through a method
/// given a constant key (<c>service.CapFor("cn") &gt; service.CapFor("us")</c>); a property whose getter combines two
/// primary-constructor parameters, read on an object just made with two currencies (<c>new Spread(yuan,
/// dollars).Width</c>); the maximum of a lookup's group by a constant key (<c>ToLookup(a =&gt; a.Year)[2024].Max(a =&gt;
/// a.Amount)</c>); and a switch method on a tuple of <c>bool</c>s whose every arm the call can take is in another
/// currency than the value it is compared with. Each form in two currencies is reported; the same form in one
/// currency, or where what it gives is not certain, is not.
/// </summary>
public class Stop66MissFormTests
{
    private const string KeyedCaches = """
        using System;
        using System.Collections.Concurrent;
        using AiRace.Core;
        public static class Caps
        {
            public static readonly Money China = Money.Cny(1m);
            public static readonly Money Chips = Money.Usd(1m);
            public static readonly Money Europe = Money.Eur(1m);
        }
        public sealed class Service
        {
            private readonly ConcurrentDictionary<string, Money> _caps = new(StringComparer.Ordinal);
            private readonly ConcurrentDictionary<string, Money> _loose = new(StringComparer.OrdinalIgnoreCase);
            private readonly ConcurrentDictionary<string, Money> _written = new();
            private readonly ConcurrentDictionary<int, Money> _byYear = new();
            public Money CapFor(string region) =>
                _caps.GetOrAdd(region, static r => r switch
                {
                    "cn" => Caps.China,
                    "us" => Caps.Chips,
                    "eu" => Caps.Europe,
                    _ => throw new ArgumentOutOfRangeException(nameof(r)),
                });
            public Money LooseFor(string region) =>
                _loose.GetOrAdd(region, r => r switch { "cn" => Caps.China, _ => Caps.Chips });
            public Money WrittenFor(string region) =>
                _written.GetOrAdd(region, r => r switch { "cn" => Caps.China, _ => Caps.Chips });
            public void Overwrite(string region, Money m) => _written[region] = m;
            public Money YearFor(int year) =>
                _byYear.GetOrAdd(year, y => y switch { 2024 => Caps.China, > 2024 => Caps.Europe, _ => Caps.Chips });
            public Money Reassigned(string region)
            {
                region = "us";
                return _caps.GetOrAdd(region, static r => r switch { "cn" => Caps.China, "us" => Caps.Chips, "eu" => Caps.Europe, _ => throw new ArgumentOutOfRangeException(nameof(r)) });
            }
        }
        """;

    [Fact]
    public Task GetOrAdd_factory_switching_on_its_key_read_by_constant_keys_in_two_currencies_Reports() => Files.Verify(
        KeyedCaches,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Service s) => {|AIR0001:s.CapFor("cn") > s.CapFor("us")|};
            bool B(Service s) => {|AIR0001:s.CapFor("eu") > Money.Cny(1m)|};
        }
        """);

    [Fact]
    public Task GetOrAdd_factory_switching_on_its_key_of_one_currency_unknown_or_written_elsewhere_DoesNotReport() => Files.Verify(
        KeyedCaches,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Service s) => s.CapFor("cn") > Money.Cny(1m);
            bool B(Service s, string region) => s.CapFor(region) > Money.Usd(1m);
            bool C(Service s) => s.LooseFor("cn") > Money.Usd(1m);
            bool D(Service s) => s.WrittenFor("cn") > Money.Usd(1m);
            bool E(Service s) => s.YearFor(2025) > Money.Usd(1m);
            bool F(Service s) => s.Reassigned("cn") > Money.Cny(1m);
            bool G(Service s) => s.CapFor("xx") > Money.Usd(1m);
        }
        """);

    private const string Spreads = """
        using AiRace.Core;
        public sealed class Spread(Money low, Money high)
        {
            public Money Width => high - low;
            public bool Inverted { get { return low > high; } }
        }
        public sealed class Guarded(Money low, Money high)
        {
            public Money Width => low.Currency == high.Currency ? high - low : Money.Zero(low.Currency);
        }
        public sealed class Chosen(Money low, Money high, bool wide)
        {
            public Money Width => wide ? high - low : high;
        }
        public class Open(Money low, Money high)
        {
            public virtual Money Width => high - low;
        }
        public sealed class Moved(Money low, Money high)
        {
            public Money Width => high - low;
            public void Align() => high = low;
        }
        public static class Spreads
        {
            public static Spread Mixed() => new Spread(Money.Cny(1m), Money.Usd(2m));
            public static Spread Either(bool cn) => cn ? new Spread(Money.Cny(1m), Money.Usd(2m)) : new Spread(Money.Usd(1m), Money.Usd(2m));
            public static Money Same() => new Spread(Money.Cny(1m), Money.Cny(2m)).Width;
            public static Chosen OtherChosen() => new Chosen(Money.Usd(1m), Money.Usd(2m), true);
            public static Open OtherOpen() => new Open(Money.Usd(1m), Money.Usd(2m));
        }
        """;

    [Fact]
    public Task Getter_combining_primary_constructor_parameters_read_on_an_object_made_with_two_currencies_Reports() => Files.Verify(
        Spreads,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:new Spread(Money.Cny(1m), Money.Usd(2m)).Width|};
            bool B() => {|AIR0001:new Spread(Money.Eur(1m), Money.Cny(2m)).Inverted|};
            Money C() => {|AIR0001:Spreads.Mixed().Width|};
        }
        """);

    [Fact]
    public Task Getter_combining_primary_constructor_parameters_of_one_currency_unknown_guarded_or_written_DoesNotReport() => Files.Verify(
        Spreads,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => new Spread(Money.Cny(1m), Money.Cny(2m)).Width;
            Money B(Money m) => new Spread(Money.Cny(1m), m).Width;
            Money C() => new Guarded(Money.Cny(1m), Money.Usd(2m)).Width;
            Money D() => new Chosen(Money.Cny(1m), Money.Usd(2m), false).Width;
            Money E() => new Open(Money.Cny(1m), Money.Usd(2m)).Width;
            Money F() => new Moved(Money.Cny(1m), Money.Usd(2m)).Width;
            Money G(bool cn) => Spreads.Either(cn).Width;
            Money H() => new Spread(Money.Cny(1m), Money.Usd(2m)) { }.Width;
        }
        """);

    private const string Awards = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Award(string Recipient, Money Amount, int Year);
        public static class Seed
        {
            public static readonly Award[] China = [new("SMIC", Money.Cny(27m), 2024), new("YMTC", Money.Cny(12m), 2023)];
            public static readonly Award[] America = [new("Intel", Money.Usd(7m), 2024), new("Micron", Money.Usd(6m), 2023), new("Later", Money.Eur(1m), 2025)];
            public static readonly Award[] All = [.. China, .. America];
        }
        """;

    [Fact]
    public Task Maximum_of_a_lookup_group_by_a_constant_key_whose_elements_mix_currencies_Reports() => Files.Verify(
        Awards,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:Seed.All.ToLookup(a => a.Year)[2024].Max(a => a.Amount)|};
            Award B() => {|AIR0001:Seed.All.ToLookup(a => a.Year)[2023].MaxBy(a => a.Amount)|};
        }
        """);

    [Fact]
    public Task Maximum_of_a_lookup_group_of_one_currency_or_not_read_by_a_constant_key_DoesNotReport() => Files.Verify(
        Awards,
        """
        using System;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money A() => Seed.China.ToLookup(a => a.Year)[2024].Max(a => a.Amount);
            Money B() => Seed.America.ToLookup(a => a.Year)[2025].Max(a => a.Amount);
            Money C(int year) => Seed.All.ToLookup(a => a.Year)[year].Max(a => a.Amount);
            Money D() => Seed.All.ToLookup(a => a.Recipient, StringComparer.OrdinalIgnoreCase)["smic"].Max(a => a.Amount);
            Money E() => Seed.All.ToLookup(a => a.Year + 1)[2025].Max(a => a.Amount);
            Money F() => Seed.All.Where(a => a.Recipient.StartsWith("S")).ToLookup(a => a.Year)[2024].Max(a => a.Amount);
        }
        """);

    private const string Picks = """
        using System;
        using AiRace.Core;
        public static class Picks
        {
            public static bool Flag;
            public static Money Pick(bool domestic, bool late) => (domestic, late) switch
            {
                (true, false) => Money.Cny(1m),
                (true, true) => Money.Cny(2m),
                (false, _) => Money.Usd(1m),
            };
            public static Money Guarded(bool domestic, bool late) => (domestic, late) switch { (true, _) when Flag => Money.Usd(1m), _ => Money.Cny(1m) };
            public static Money Relational(int year, bool late) => (year, late) switch { ( > 2024, _) => Money.Usd(1m), (2024, _) => Money.Cny(1m), _ => Money.Eur(1m) };
            public static Money Written(bool domestic, bool late)
            {
                domestic = !domestic;
                return (domestic, late) switch { (true, _) => Money.Cny(1m), (false, _) => Money.Usd(1m) };
            }
            public static Money Thrown(bool domestic, bool late) => (domestic, late) switch { (true, _) => Money.Cny(1m), (false, true) => Money.Usd(1m), _ => throw new ArgumentException() };
        }
        """;

    [Fact]
    public Task Switch_method_on_parameters_given_constants_whose_arms_agree_on_another_currency_Reports() => Files.Verify(
        Picks,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(bool late) => {|AIR0001:Picks.Pick(true, late) > Money.Eur(1m)|};
            bool B() => {|AIR0001:Picks.Pick(false, true) > Money.Cny(1m)|};
            bool C(bool late) => {|AIR0001:Picks.Thrown(true, late) > Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Switch_method_on_parameters_of_the_same_currency_unknown_guarded_or_written_DoesNotReport() => Files.Verify(
        Picks,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(bool domestic, bool late) => Picks.Pick(domestic, late) > Money.Eur(1m);
            bool B(bool late) => Picks.Pick(true, late) > Money.Cny(1m);
            bool C() => Picks.Guarded(true, false) > Money.Usd(1m);
            bool D() => Picks.Relational(2024, false) > Money.Usd(1m);
            bool E() => Picks.Written(true, false) > Money.Cny(1m);
            bool F() => Picks.Thrown(false, true) > Money.Usd(1m);
            bool G() => Picks.Thrown(false, false) > Money.Cny(1m);
        }
        """);

    private const string Blocs = """
        using System;
        using AiRace.Core;
        public enum Bloc { China, Europe, Japan }
        public static class Caps
        {
            public static Money Cap(Bloc bloc) => bloc switch
            {
                Bloc.China => Money.Cny(1m),
                Bloc.Europe => Money.Eur(1m),
                _ => throw new ArgumentOutOfRangeException(nameof(bloc)),
            };

            public static Money Written(Bloc bloc)
            {
                bloc = Bloc.Europe;
                return bloc switch { Bloc.China => Money.Cny(1m), _ => Money.Eur(1m) };
            }

            public static Money Guarded(Bloc bloc, bool late) => bloc switch
            {
                Bloc.China when late => Money.Eur(1m),
                Bloc.China => Money.Cny(1m),
                _ => Money.Eur(1m),
            };
        }
        """;

    [Fact]
    public Task Switch_method_on_one_parameter_given_constants_in_two_currencies_Reports() => Files.Verify(
        Blocs,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Caps.Cap(Bloc.China) > Caps.Cap(Bloc.Europe)|};
            bool B() => {|AIR0001:Caps.Cap(Bloc.Europe) < Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Switch_method_on_one_parameter_of_one_currency_unknown_guarded_or_written_DoesNotReport() => Files.Verify(
        Blocs,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Caps.Cap(Bloc.China) > Money.Cny(2m);
            bool B(Bloc bloc) => Caps.Cap(bloc) > Money.Usd(1m);
            bool C() => Caps.Written(Bloc.China) > Money.Eur(2m);
            bool D(bool late) => Caps.Guarded(Bloc.China, late) > Money.Usd(1m);
            bool E() => Caps.Cap(Bloc.Japan) > Money.Usd(1m);
        }
        """);
}
