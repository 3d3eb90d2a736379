using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace AiRace.Core.Analysis;

/// <summary>
/// The ids an aggregation group counts, in the order they were counted. A programme of the dataset is kept as its index
/// in the dataset's column of ids, any other id (a part's, or a programme's the dataset does not hold) as itself; every
/// read gives the id. Added to while the aggregation is built, then only read (reads from several threads are safe).
/// It is also a read-only <see cref="IList{T}"/>, so that LINQ copies and counts it without enumerating it; every change
/// through that interface throws <see cref="NotSupportedException"/>.
/// </summary>
internal sealed class CountedIdList(string[] ids) : IReadOnlyList<string>, IList<string>
{
    /// <summary>Each item: an index in <c>ids</c> (0 or more), or the complement of an index in <see cref="_others"/>.</summary>
    private readonly ChunkedList<int> _items = new();

    private List<string>? _others;

    public int Count => _items.Count;

    bool ICollection<string>.IsReadOnly => true;

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, string.Create(CultureInfo.InvariantCulture, $"The list has {Count} items."));
            }

            int item = _items[index];
            return item >= 0 ? ids[item] : _others![~item];
        }
    }

    string IList<string>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    /// <summary>Counts the dataset's programme at <paramref name="at"/> (its index in the column of ids).</summary>
    internal void AddProgramme(int at) => _items.Add(at);

    /// <summary>Counts an id that is not a programme of the dataset's column.</summary>
    internal void Add(string id)
    {
        (_others ??= []).Add(id);
        _items.Add(~(_others.Count - 1));
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Contains(string item) => IndexOf(item) >= 0;

    public int IndexOf(string item)
    {
        for (int i = 0; i < Count; i++)
        {
            if (string.Equals(this[i], item, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public void CopyTo(string[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The array has room for {array.Length - arrayIndex} items from index {arrayIndex}; the list has {Count}."), nameof(array));
        }

        for (int i = 0; i < Count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    void ICollection<string>.Add(string item) => throw ReadOnly();

    void ICollection<string>.Clear() => throw ReadOnly();

    void IList<string>.Insert(int index, string item) => throw ReadOnly();

    bool ICollection<string>.Remove(string item) => throw ReadOnly();

    void IList<string>.RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The list is read-only.");
}
