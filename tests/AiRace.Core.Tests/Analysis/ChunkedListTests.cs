using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;

namespace AiRace.Core.Tests.Analysis;

/// <summary>The list an aggregation keeps its counted and left-out ids in: every item in order at every length, across
/// the boundaries of its arrays, and no change once built.</summary>
public class ChunkedListTests
{
    public static TheoryData<int> Lengths => new()
    {
        0, 1, 4, 5, 8, 9, ChunkedList<int>.ChunkSize - 1, ChunkedList<int>.ChunkSize, ChunkedList<int>.ChunkSize + 1,
        3 * ChunkedList<int>.ChunkSize, 3 * ChunkedList<int>.ChunkSize + 7,
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Every_item_is_read_back_in_order_by_index_enumeration_and_copy(int length)
    {
        ChunkedList<int> list = Build(length);
        int[] expected = Enumerable.Range(1000, length).ToArray();

        list.Count.Should().Be(length);
        Enumerable.Range(0, length).Select(i => list[i]).Should().Equal(expected);
        list.Should().Equal(expected);
        var copy = new int[length + 3];
        ((ICollection<int>)list).CopyTo(copy, 2);
        copy.Skip(2).Take(length).Should().Equal(expected);
        copy[0].Should().Be(0);
        copy[^1].Should().Be(0);
        list.ToArray().Should().Equal(expected);
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(0, 0)]
    [InlineData(5, 5)]
    [InlineData(2049, 2049)]
    [InlineData(2049, int.MinValue)]
    public void Reading_past_either_end_names_the_index_and_the_count(int length, int index)
    {
        ChunkedList<int> list = Build(length);

        Action read = () => _ = list[index];

        read.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "index" && e.Message.Contains($"{length} items"));
    }

    [Fact]
    public void Items_are_found_by_value_across_arrays()
    {
        ChunkedList<int> list = Build(ChunkedList<int>.ChunkSize + 10);
        IList<int> items = list;

        items.IndexOf(1000).Should().Be(0);
        items.IndexOf(1000 + ChunkedList<int>.ChunkSize + 9).Should().Be(ChunkedList<int>.ChunkSize + 9);
        items.Contains(999).Should().BeFalse();
        items.IndexOf(1000 + ChunkedList<int>.ChunkSize + 10).Should().Be(-1, "an unused slot of the last array is not an item");
    }

    [Fact]
    public void A_copy_into_too_small_an_array_is_refused_before_anything_is_written()
    {
        ChunkedList<int> list = Build(10);
        var into = new int[12];

        Action copy = () => ((ICollection<int>)list).CopyTo(into, 3);

        copy.Should().Throw<ArgumentException>().WithParameterName("array").WithMessage("*room for 9 items*the list has 10*");
        into.Should().OnlyContain(v => v == 0);
    }

    [Fact]
    public void The_list_refuses_every_change_through_its_interfaces()
    {
        IList<int> items = Build(3);

        items.IsReadOnly.Should().BeTrue();
        new Action[]
        {
            () => items.Add(1), () => items.Clear(), () => items.Insert(0, 1), () => items.Remove(1000), () => items.RemoveAt(0),
            () => items[0] = 5,
        }.Should().AllSatisfy(change => change.Should().Throw<NotSupportedException>());
        items.Should().Equal(1000, 1001, 1002);
    }

    private static ChunkedList<int> Build(int length)
    {
        var list = new ChunkedList<int>();
        for (int i = 0; i < length; i++)
        {
            list.Add(1000 + i);
        }

        return list;
    }
}
