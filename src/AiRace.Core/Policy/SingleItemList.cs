using System;
using System.Collections;
using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>A read-only list of exactly one item, held in a field: what <see cref="PolicyGuard.List{T}(IEnumerable{T}, string)"/> returns for a
/// single item (a fact's one source, a programme's one instrument). Like <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/>,
/// every change through <see cref="IList{T}"/> throws <see cref="NotSupportedException"/>.</summary>
internal sealed class SingleItemList<T>(T item) : IList<T>, IReadOnlyList<T>
{
    public int Count => 1;

    public bool IsReadOnly => true;

    public T this[int index]
    {
        get => index == 0 ? item : throw new ArgumentOutOfRangeException(nameof(index), index, "The list has one item, at index 0.");
        set => throw ReadOnly();
    }

    public IEnumerator<T> GetEnumerator()
    {
        yield return item;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Contains(T value) => EqualityComparer<T>.Default.Equals(item, value);

    public int IndexOf(T value) => Contains(value) ? 0 : -1;

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (arrayIndex >= array.Length)
        {
            throw new ArgumentException("The array has no room for the item at that index.", nameof(arrayIndex));
        }

        array[arrayIndex] = item;
    }

    public void Add(T value) => throw ReadOnly();

    public void Clear() => throw ReadOnly();

    public void Insert(int index, T value) => throw ReadOnly();

    public bool Remove(T value) => throw ReadOnly();

    public void RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The list is read-only.");
}
