using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and elements replaced or removed where the flow cannot say by what: an element replaced by a deconstruction,
/// through a <c>ref</c> argument, by <c>SetValue</c>, <c>AddOrUpdate</c> or a linked list's node, a collection cleared
/// and refilled by an extension block's member, elements removed by a predicate that tells currencies apart, or a batch
/// written in the lambda that reads it: the old currency may be gone, so nothing is reported. A LINQ lambda's key or
/// accumulator parameter is not an element. A collection that may lose elements but holds only currencies other than a
/// sum's is still reported. (From the adversarial review of stop 53; each test failed before its fix.)
/// </summary>
public class ReplacedElementFlowTests
{
    [Fact]
    public Task Elements_replaced_by_deconstruction_or_through_a_ref_argument_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            static void Put(ref Money slot, Money value) => slot = value;

            Money A()
            {
                var caps = new List<Money> { Money.Cny(1m), Money.Eur(2m) };
                (caps[0], caps[1]) = (Money.Usd(1m), Money.Usd(2m));
                return caps.Max();
            }

            Money B()
            {
                var caps = new[] { Money.Cny(1m), Money.Usd(2m) };
                Put(ref caps[0], Money.Usd(1m));
                return caps.Max();
            }
        }
        """);

    [Fact]
    public Task Elements_replaced_by_SetValue_AddOrUpdate_or_a_linked_list_node_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var caps = new[] { Money.Cny(1m), Money.Usd(2m) };
                caps.SetValue(Money.Usd(1m), 0);
                return caps.Max();
            }

            Money B()
            {
                var caps = new ConcurrentDictionary<string, Money>();
                caps.TryAdd("a", Money.Cny(1m));
                caps.AddOrUpdate("a", Money.Usd(1m), (key, old) => Money.Usd(1m));
                caps.TryAdd("b", Money.Usd(2m));
                return caps.Values.Max();
            }

            Money C()
            {
                var caps = new LinkedList<Money>();
                caps.AddLast(Money.Cny(1m));
                caps.First!.Value = Money.Usd(1m);
                caps.AddLast(Money.Usd(2m));
                return caps.Max();
            }
        }
        """);

    [Fact]
    public Task Extension_block_member_clearing_and_refilling_its_receiver_DoesNotReport() => Files.VerifyPreview(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Lists
        {
            extension(List<Money> xs)
            {
                public void ResetToDollars()
                {
                    xs.Clear();
                    xs.Add(Money.Usd(0m));
                }
            }
        }
        class Use
        {
            Money M()
            {
                var caps = new List<Money> { Money.Cny(1m) };
                caps.ResetToDollars();
                caps.Add(Money.Usd(2m));
                return caps.Max();
            }
        }
        """);

    [Fact]
    public Task Removal_by_currency_that_keeps_only_the_sums_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M()
            {
                var due = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                due.RemoveAll(m => m.Currency != Currency.USD);
                return due.Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Lambda_first_parameter_that_is_a_key_or_an_accumulator_not_an_element_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool[] A()
            {
                var yuan = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                return yuan.GroupBy(m => Money.Usd(decimal.Round(m.Amount)), (bucket, same) => bucket > Money.Usd(1m)).ToArray();
            }

            List<KeyValuePair<bool, Money>> B()
            {
                var yuan = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                return yuan.AggregateBy(m => m.Amount > 1m, Money.Zero(Currency.USD), (total, m) => total + Money.Usd(m.Amount)).ToList();
            }
        }
        """);

    [Fact]
    public Task Batch_rewritten_inside_the_lambda_that_sums_it_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            List<Money> M()
            {
                var yuan = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                return yuan.Chunk(1).Select(batch =>
                {
                    batch[0] = Money.Usd(batch[0].Amount);
                    return batch.Sum(Currency.USD);
                }).ToList();
            }
        }
        """);

    [Fact]
    public Task Queue_of_two_other_currencies_that_loses_elements_summed_in_a_third_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M()
            {
                var q = new Queue<Money>();
                q.Enqueue(Money.Cny(1m));
                q.Enqueue(Money.Usd(1m));
                q.Dequeue();
                return {|AIR0001:q.Sum(Currency.EUR)|};
            }
        }
        """);

    [Fact]
    public Task Collection_of_two_currencies_emptied_and_refilled_in_a_third_summed_in_it_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private readonly Queue<Money> _due = new();

            Money A()
            {
                var caps = new List<Money> { Money.Cny(1m), Money.Usd(1m) };
                caps.Clear();
                caps.Add(Money.Eur(1m));
                return caps.Sum(Currency.EUR);
            }

            Money B()
            {
                _due.Enqueue(Money.Cny(1m));
                _due.Enqueue(Money.Usd(1m));
                while (_due.Count > 0)
                {
                    _due.Dequeue();
                }

                _due.Enqueue(Money.Eur(1m));
                return _due.Sum(Currency.EUR);
            }
        }
        """);

    [Fact]
    public Task Field_rebuilt_in_one_currency_or_another_after_its_clear_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Desk
        {
            private readonly List<Money> _caps = new();

            public void Rebuild(bool domestic)
            {
                _caps.Clear();
                if (domestic)
                {
                    _caps.Add(Money.Cny(1m));
                }
                else
                {
                    _caps.Add(Money.Usd(1m));
                }
            }

            public Money Top() => _caps.Max();
        }
        """);

    [Fact]
    public Task Removal_guarded_by_a_currency_test_then_summed_in_the_kept_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M()
            {
                var due = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                foreach (var m in due.ToList())
                {
                    if (m.Currency != Currency.USD)
                    {
                        due.Remove(m);
                    }
                }

                return due.Sum(Currency.USD);
            }
        }
        """);

    // a tuple's field written in place (caps[0].Cap = …) replaces the element it was in: the yuan there is gone
    [Fact]
    public Task Tuple_field_of_an_array_element_changed_in_place_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var caps = new[] { (Cap: Money.Cny(1m), N: 1), (Cap: Money.Usd(1m), N: 2) };
                caps[0].Cap = Money.Usd(3m);
                return caps.Max(t => t.Cap);
            }
        }
        """);
}
