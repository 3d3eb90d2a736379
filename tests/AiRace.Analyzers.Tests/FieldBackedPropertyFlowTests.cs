using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 on a property backed by C# 14's <c>field</c>: when its accessors only return the field and store
/// <c>value</c> in it (<c>get =&gt; field; set =&gt; field = value;</c>, with block bodies too, or beside an accessor
/// without a body), it holds what an auto-property would: its initializer and every write of it. A setter that stores
/// anything else (a conversion, a check, a lazily set getter) leaves it unknown.
/// </summary>
public class FieldBackedPropertyFlowTests
{
    [Fact]
    public Task Field_backed_property_written_only_with_CNY_Reports() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Plain
        {
            public Money Reserve { get => field; set => field = value; } = Money.Cny(1m);
        }
        class Use
        {
            bool A(Plain p)
            {
                p.Reserve = Money.Cny(2m);
                return {|AIR0001:p.Reserve > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Field_backed_property_with_block_bodies_Reports() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Plain
        {
            public Money Reserve
            {
                get { return field; }
                set { field = value; }
            } = Money.Eur(1m);
        }
        class Use
        {
            bool A(Plain p) => {|AIR0001:p.Reserve > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Field_backed_setter_beside_an_auto_getter_Reports() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Plain
        {
            public Money Reserve { get; set => field = value; } = Money.Jpy(1m);
            public void Raise() => Reserve = Money.Jpy(5m);
        }
        class Use
        {
            bool A(Plain p) => {|AIR0001:p.Reserve > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Field_backed_init_accessor_given_CNY_by_object_initializers_Reports() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Plain
        {
            public Money Reserve { get => field; init => field = value; }
        }
        class Use
        {
            bool A()
            {
                var p = new Plain { Reserve = Money.Cny(1m) };
                var q = new Plain { Reserve = Money.Cny(2m) };
                return {|AIR0001:p.Reserve > Money.Usd(1m)|} && q.Reserve > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Field_backed_setter_that_converts_DoesNotReport() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Converting
        {
            public Money Budget { get; set => field = Money.Usd(value.Amount / 7m); } = Money.Usd(0m);
        }
        class Use
        {
            bool A(Converting c)
            {
                c.Budget = Money.Cny(70m);
                return c.Budget > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Field_backed_setter_that_checks_the_value_DoesNotReport() => Files.VerifyPreview(
        """
        using System;
        using AiRace.Core;
        public sealed class Checked
        {
            public Money Limit
            {
                get => field;
                set => field = value.Amount < 0m ? throw new ArgumentOutOfRangeException(nameof(value)) : value;
            } = Money.Jpy(5m);
        }
        class Use
        {
            bool A(Checked k) => k.Limit > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Field_set_lazily_or_changed_in_the_getter_DoesNotReport() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Lazy
        {
            public Money Cap => field == default ? (field = Money.Eur(3m)) : field;
            public Money Doubled { get => field * 2m; set => field = value; } = Money.Eur(1m);
        }
        class Use
        {
            bool A(Lazy l) => l.Cap > Money.Usd(1m) && l.Doubled > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Field_backed_property_written_with_two_currencies_or_an_unknown_one_DoesNotReport() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Plain
        {
            public Money Reserve { get => field; set => field = value; } = Money.Cny(1m);
            public Money Spare { get => field; set => field = value; } = Money.Cny(1m);
        }
        class Use
        {
            void Set(Plain p, Money given)
            {
                p.Reserve = Money.Usd(2m);
                p.Spare = given;
            }

            bool A(Plain p) => p.Reserve > Money.Usd(1m) && p.Spare > Money.Usd(1m);
        }
        """);
}
