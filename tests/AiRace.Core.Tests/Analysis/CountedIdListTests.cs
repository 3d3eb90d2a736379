using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;

namespace AiRace.Core.Tests.Analysis;

/// <summary>The list of ids a group counts: programmes of the dataset kept as indexes in its column of ids, other ids as
/// themselves, read back as ids in the order they were counted, across the arrays of the list below it.</summary>
public class CountedIdListTests
{
    private static readonly string[] Ids = Enumerable.Range(0, 5000).Select(i => "p-" + i).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2048)]
    [InlineData(4999)]
    public void Indexes_and_other_ids_are_read_back_as_ids_in_the_order_they_were_counted(int length)
    {
        var list = new CountedIdList(Ids);
        var expected = new List<string>();
        for (int i = 0; i < length; i++)
        {
            if (i % 3 == 1)
            {
                string part = "part-" + i;
                list.Add(part);
                expected.Add(part);
            }
            else
            {
                int at = (i * 7919) % Ids.Length;
                list.AddProgramme(at);
                expected.Add(Ids[at]);
            }
        }

        list.Count.Should().Be(length);
        Enumerable.Range(0, length).Select(i => list[i]).Should().Equal(expected);
        list.Should().Equal(expected);
        list.ToArray().Should().Equal(expected, "LINQ copies it through ICollection<string>.CopyTo");
        var copy = new string[length + 2];
        ((ICollection<string>)list).CopyTo(copy, 1);
        copy.Skip(1).Take(length).Should().Equal(expected);
        copy[0].Should().BeNull();
    }

    [Fact]
    public void Ids_are_found_by_ordinal_comparison_whichever_way_they_are_kept()
    {
        var list = new CountedIdList(Ids);
        list.AddProgramme(42);
        list.Add("part-a");
        list.AddProgramme(0);
        IList<string> items = list;

        items.IndexOf("p-42").Should().Be(0);
        items.IndexOf("part-a").Should().Be(1);
        items.IndexOf("p-0").Should().Be(2);
        items.Contains("P-42").Should().BeFalse("ids are compared ordinally");
        items.Contains("p-1").Should().BeFalse("a programme of the column that was not counted is not in the list");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, -1)]
    [InlineData(3, 3)]
    public void Reading_past_either_end_names_the_index_and_the_count(int length, int index)
    {
        var list = new CountedIdList(Ids);
        for (int i = 0; i < length; i++)
        {
            list.AddProgramme(i);
        }

        Action read = () => _ = list[index];

        read.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "index" && e.Message.Contains($"{length} items"));
    }

    [Fact]
    public void The_list_refuses_every_change_through_its_interfaces_and_a_copy_that_does_not_fit()
    {
        var list = new CountedIdList(Ids);
        list.AddProgramme(1);
        list.Add("part-b");
        IList<string> items = list;

        items.IsReadOnly.Should().BeTrue();
        ((Action)(() => items.Add("x"))).Should().Throw<NotSupportedException>();
        ((Action)(() => items.Clear())).Should().Throw<NotSupportedException>();
        ((Action)(() => items.Insert(0, "x"))).Should().Throw<NotSupportedException>();
        ((Action)(() => items.Remove("p-1"))).Should().Throw<NotSupportedException>();
        ((Action)(() => items.RemoveAt(0))).Should().Throw<NotSupportedException>();
        ((Action)(() => items[0] = "x")).Should().Throw<NotSupportedException>();
        ((Action)(() => items.CopyTo(new string[2], 1))).Should().Throw<ArgumentException>().WithParameterName("array").WithMessage("*room for 1 items*the list has 2*");
        list.Should().Equal("p-1", "part-b");
    }
}
