using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace AiRace.Core.Analysis;

/// <summary>
/// A list that is added to while an analysis builds it and only read afterwards (reads from several threads are then
/// safe). Its items are kept in arrays of at most <see cref="ChunkSize"/> items, so a list of a million ids is neither
/// copied as it grows nor held in one array of the large object heap; a small list starts small. Every change through
/// <see cref="IList{T}"/> throws <see cref="NotSupportedException"/>, as with
/// <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/>.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class ChunkedList<T> : IReadOnlyList<T>, IList<T>
{
    /// <summary>The most items one array holds.</summary>
    internal const int ChunkSize = 1 << Shift;

    private const int Shift = 11;

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    bool ICollection<T>.IsReadOnly => true;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, string.Create(CultureInfo.InvariantCulture, $"The list has {Count} items."));
            }

            return _chunks[index >> Shift][index & (ChunkSize - 1)];
        }
    }

    T IList<T>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    /// <summary>Adds an item (only while the list is built).</summary>
    internal void Add(T item)
    {
        int at = Count & (ChunkSize - 1);
        if (Count == 0)
        {
            _chunks.Add(new T[4]);
        }
        else if (at == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }
        else if (at == _chunks[^1].Length)
        {
            // Only the first array is ever short: it grows by doubling up to a whole chunk.
            T[] first = _chunks[^1];
            Array.Resize(ref first, Math.Min(first.Length * 2, ChunkSize));
            _chunks[^1] = first;
        }

        _chunks[^1][at] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        int left = Count;
        foreach (T[] chunk in _chunks)
        {
            for (int i = 0; i < chunk.Length && left > 0; i++, left--)
            {
                yield return chunk[i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Contains(T item) => IndexOf(item) >= 0;

    public int IndexOf(T item)
    {
        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < Count; i++)
        {
            if (comparer.Equals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The array has room for {array.Length - arrayIndex} items from index {arrayIndex}; the list has {Count}."), nameof(array));
        }

        int left = Count;
        foreach (T[] chunk in _chunks)
        {
            int n = Math.Min(left, chunk.Length);
            Array.Copy(chunk, 0, array, arrayIndex, n);
            arrayIndex += n;
            left -= n;
        }
    }

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The list is read-only.");
}
