using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and collections handed out or yielded: a field's or property's collection returned by a method, a getter or a
/// lambda, given by <c>Task.FromResult</c>, kept in another variable or an <c>out</c> parameter, or handed to code the flow
/// does not see (a delegate, an interface method) may be cleared and refilled there, unseen, so what was written into it
/// before may be gone (a sum in another currency is not reported there); a local returned by its own method is not used
/// again by the run that returns it, unlike one returned by a lambda or local function inside it. An
/// iterator that yields one currency in one branch and another in the other (an <c>if</c>/<c>else</c>, the sections of a
/// <c>switch</c>, not in a loop) gives one or the other, never both.
/// </summary>
public class HandedOutCollectionFlowTests
{

    [Fact]
    public Task Block_getter_returning_readonly_field_cleared_and_refilled_through_property_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _items = [Money.Cny(1m)];
            public List<Money> Items { get { return _items; } }
        }
        class Use
        {
            Money M(Desk d) { d.Items.Clear(); d.Items.Add(Money.Usd(1m)); return d.Items.Sum(Currency.USD); }
        }
        """);

    [Fact]
    public Task Block_getter_returning_another_objects_list_cleared_and_refilled_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Holder { public List<Money> List { get; } = new() { Money.Cny(1m) }; }
        public static class Registry
        {
            private static readonly Holder s_holder = new();
            public static List<Money> First { get { return s_holder.List; } }
        }
        class Use
        {
            Money M() { Registry.First.Clear(); Registry.First.Add(Money.Usd(1m)); return Registry.First.Sum(Currency.USD); }
        }
        """);


    [Fact]
    public Task Iterator_property_yielding_one_currency_or_the_other_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Settings { public static bool Domestic { get; set; } }
        public static class Catalogue
        {
            public static IEnumerable<Money> Caps
            {
                get
                {
                    if (Settings.Domestic)
                    {
                        yield return Money.Cny(1m);
                    }
                    else
                    {
                        yield return Money.Usd(1m);
                    }
                }
            }
        }
        class Use
        {
            Money A() => Catalogue.Caps.Max();
            List<Money> B() => Catalogue.Caps.OrderBy(m => m).ToList();
        }
        """);

    [Fact]
    public Task Iterator_property_yielding_by_switch_section_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Region
        {
            private readonly string _code;
            public Region(string code) => _code = code;
            public IEnumerable<Money> Tranches
            {
                get
                {
                    switch (_code)
                    {
                        case "CN":
                            yield return Money.Cny(1m);
                            yield return Money.Cny(2m);
                            break;
                        default:
                            yield return Money.Eur(1m);
                            break;
                    }
                }
            }
        }
        class Use
        {
            Money A(Region r) => r.Tranches.Max();
        }
        """);


    [Fact]
    public Task Arrow_getter_or_method_returning_field_cleared_and_refilled_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _items = [Money.Cny(1m)];
            public List<Money> Items => _items;
            public List<Money> GetItems() { return _items; }
        }
        class Use
        {
            Money A(Desk d) { d.Items.Clear(); d.Items.Add(Money.Usd(1m)); return d.Items.Sum(Currency.USD); }
            Money B(Desk d) { d.GetItems().Clear(); d.GetItems().Add(Money.Usd(1m)); return d.GetItems().Sum(Currency.USD); }
        }
        """);


    [Fact]
    public Task Collections_kept_or_a_local_returned_after_use_or_yields_in_sequence_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _items = [Money.Cny(1m)];
            public Money Total() => {|AIR0001:_items.Sum(Currency.USD)|};
            public List<Money> Slide()
            {
                var all = new List<Money> { Money.Cny(1m), Money.Usd(1m) };
                {|AIR0001:all.Sort()|};
                return all;
            }
            public static IEnumerable<Money> Both
            {
                get
                {
                    yield return Money.Cny(1m);
                    yield return Money.Usd(1m);
                }
            }
            public static IEnumerable<Money> Looped(bool[] flags)
            {
                foreach (var flag in flags)
                {
                    if (flag) { yield return Money.Cny(1m); } else { yield return Money.Eur(1m); }
                }
            }
        }
        class Use
        {
            Money A() => {|AIR0001:Desk.Both.Max()|};
            Money B(bool[] f) => {|AIR0001:Desk.Looped(f).Max()|};
        }
        """);

    [Fact]
    public Task FromResult_of_field_cleared_and_refilled_by_caller_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _items = [Money.Cny(1m)];
            public Task<List<Money>> ItemsAsync() => Task.FromResult(_items);
        }
        class Use
        {
            async Task<Money> M(Desk d)
            {
                var items = await d.ItemsAsync();
                items.Clear();
                items.Add(Money.Usd(1m));
                return (await d.ItemsAsync()).Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task ValueTask_FromResult_of_field_cleared_and_refilled_by_caller_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _items = [Money.Cny(1m)];
            public ValueTask<List<Money>> ItemsAsync() => ValueTask.FromResult(_items);
        }
        class Use
        {
            Money M(Desk d)
            {
                var items = d.ItemsAsync().Result;
                items.Clear();
                items.Add(Money.Usd(1m));
                return d.ItemsAsync().Result.Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Async_method_returning_local_alias_of_field_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _items = [Money.Cny(1m)];
            public async Task<List<Money>> ItemsAsync()
            {
                await Task.Yield();
                var list = _items;
                return list;
            }
        }
        class Use
        {
            async Task<Money> M(Desk d)
            {
                var items = await d.ItemsAsync();
                items.Clear();
                items.Add(Money.Usd(1m));
                return (await d.ItemsAsync()).Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Sync_method_returning_local_alias_of_field_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _items = [Money.Cny(1m)];
            public List<Money> Items()
            {
                var list = _items;
                return list;
            }
        }
        class Use
        {
            Money M(Desk d)
            {
                var items = d.Items();
                items.Clear();
                items.Add(Money.Usd(1m));
                return d.Items().Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Task_list_local_shared_with_another_field_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Desk
        {
            private List<Money> _last = new();
            public async Task<List<Money>> LoadAsync()
            {
                await Task.Yield();
                var list = new List<Money> { Money.Cny(1m) };
                _last = list;
                return list;
            }
            public void Rebase() { _last.Clear(); _last.Add(Money.Usd(1m)); }
        }
        class Use
        {
            async Task<Money> M(Desk d)
            {
                var items = await d.LoadAsync();
                d.Rebase();
                return items.Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Local_returned_by_local_function_refilled_then_used_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M()
            {
                var list = new List<Money> { Money.Cny(1m) };
                List<Money> Get() => list;
                Get().Clear();
                Get().Add(Money.Usd(1m));
                return list.Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Local_returned_by_lambda_refilled_then_used_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M()
            {
                var list = new List<Money> { Money.Cny(1m) };
                Func<List<Money>> get = () => list;
                var alias = get();
                alias.Clear();
                alias.Add(Money.Usd(1m));
                return list.Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Field_handed_out_through_IList_conversion_or_choice_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _items = [Money.Cny(1m)];
            private readonly List<Money> _other = [Money.Cny(1m)];
            public IList<Money> Items() => _items;
            public List<Money> Pick(bool first) => first ? _other : _other;
            public Money Total() => _items.Sum(Currency.USD);
            public Money OtherTotal() => _other.Sum(Currency.USD);
        }
        class Use
        {
            Money M(Desk d) { d.Items().Clear(); d.Items().Add(Money.Usd(1m)); return d.Total(); }
            Money N(Desk d) { d.Pick(true).Clear(); d.Pick(true).Add(Money.Usd(1m)); return d.OtherTotal(); }
        }
        """);
}
