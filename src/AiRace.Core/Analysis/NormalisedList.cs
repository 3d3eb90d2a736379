using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>
/// The normalised programmes of a <see cref="Normaliser"/>, kept as columns: for each programme, the programme, the
/// converted value and the index of its conversion (rate, requested date, look-up) in a table of the distinct ones.
/// An item is rebuilt on each read from what was checked when it was added. Written only while it is built, then read
/// only, so reads from several threads are safe. It is also a read-only <see cref="IList{T}"/>, as
/// <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/> is, so that LINQ copies and counts it without
/// enumerating it; every change through that interface throws <see cref="NotSupportedException"/>.
/// </summary>
internal sealed class NormalisedList : IReadOnlyList<NormalisedProgramme>, IList<NormalisedProgramme>
{
    private readonly NormalisationBasis _basis;
    /// <summary>The programme of each item, or null when they are read from <see cref="_source"/>.</summary>
    private readonly List<Programme>? _programmes;

    /// <summary>A dataset's own list of programmes (never changed), normalised in its order, when the items' programmes
    /// are read from it; null when they are kept in <see cref="_programmes"/>.</summary>
    private readonly IReadOnlyList<Programme>? _source;

    /// <summary>The index in <see cref="_source"/> of each item's programme; null while item i is programme i.</summary>
    private List<int>? _sourceAt;
    private readonly List<decimal> _values;
    private readonly int _capacity;

    /// <summary>The index of each item's conversion in <see cref="_conversions"/>, while there are at most 256 of them
    /// (null while every item has the first one); <see cref="_conversionOf"/> takes over after that.</summary>
    private List<byte>? _conversionByte;

    /// <summary>The index of each item's conversion, once there are more than 256 conversions (null before).</summary>
    private List<int>? _conversionOf;

    /// <summary>Each item's qualifier (the low bits) and whether its headline is a plain figure stated to a precision
    /// (<see cref="ReportedAmount.IsRounded"/>, the bit <see cref="RoundedBit"/>).</summary>
    private readonly List<byte> _facts;

    private const byte RoundedBit = 0x80;

    /// <summary>The items that have a converted high end (a range), by their index, in increasing order.</summary>
    private readonly List<int> _upperAt = [];

    /// <summary>The converted high end of each item of <see cref="_upperAt"/>, beside it.</summary>
    private readonly List<decimal> _uppers = [];
    private readonly List<(ExchangeRate Rate, DateOnly Requested, RateLookup Lookup)> _conversions = [];
    private readonly Dictionary<(ExchangeRate Rate, DateOnly Requested, RateLookup Lookup), int> _conversionIndex = [];

    /// <summary>The two conversions added last (-1: none), most recent first, with their requested dates: compared before
    /// the table is looked up.</summary>
    private int _recent0 = -1, _recent1 = -1;
    private DateOnly _recentDate0, _recentDate1;

    /// <param name="basis">The basis of every item.</param>
    /// <param name="capacity">The number of items expected.</param>
    /// <param name="source">A dataset's own list of programmes, which is never changed, when the items are its
    /// programmes in its order (each added with its index in it): the items' programmes are then read from it, not
    /// kept again.</param>
    internal NormalisedList(NormalisationBasis basis, int capacity, IReadOnlyList<Programme>? source = null)
    {
        _basis = basis;
        _source = source;
        _programmes = source is null ? new List<Programme>(capacity) : null;
        _values = new List<decimal>(capacity);
        _capacity = capacity;
        _facts = new List<byte>(capacity);
    }

    public int Count => _values.Count;

    public NormalisedProgramme this[int index]
    {
        get
        {
            Programme programme = ProgrammeAt(index);
            (ExchangeRate rate, DateOnly requested, RateLookup lookup) = _conversions[ConversionOf(index)];
            ReportedAmount headline = programme.Headline!;
            var conversion = new Conversion(headline.Amount, rate, requested, lookup, new Money(_values[index], rate.Quote));
            return new NormalisedProgramme(programme, new NormalisedAmount(headline, conversion, _basis));
        }
    }

    /// <summary>The index of an item's conversion in <see cref="_conversions"/>.</summary>
    private int ConversionOf(int index) => _conversionOf is not null ? _conversionOf[index] : _conversionByte is not null ? _conversionByte[index] : 0;

    /// <summary>The programme of an item, without rebuilding the item.</summary>
    internal Programme ProgrammeAt(int index) =>
        _programmes is not null ? _programmes[index]
        : _sourceAt is not null ? _source![_sourceAt[index]]
        : (uint)index < (uint)Count ? _source![index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The list holds {Count} items.");

    /// <summary>The qualifier, whether the figure is a plain one rounded to a precision
    /// (<see cref="ReportedAmount.IsRounded"/>), the converted value and the converted high end (of a range) of an item,
    /// without rebuilding the item: the same figures as its <see cref="NormalisedAmount"/> gives.</summary>
    internal (AmountQualifier Qualifier, bool Rounded, decimal Value, decimal? Upper) ValuesAt(int index)
    {
        int at = _upperAt.BinarySearch(index);
        byte facts = _facts[index];
        return ((AmountQualifier)(facts & ~RoundedBit), (facts & RoundedBit) != 0, _values[index], at >= 0 ? _uppers[at] : null);
    }

    /// <summary>The same figures as <see cref="ValuesAt(int)"/>, for items read in increasing order, each with the same
    /// <paramref name="cursor"/> (0 before the first), which this moves on; read out of order, the high end is searched.</summary>
    internal (AmountQualifier Qualifier, bool Rounded, decimal Value, decimal? Upper) ValuesAt(int index, ref int cursor)
    {
        int at = SortedIndexes.Seek(CollectionsMarshal.AsSpan(_upperAt), index, ref cursor);
        byte facts = _facts[index];
        return ((AmountQualifier)(facts & ~RoundedBit), (facts & RoundedBit) != 0, _values[index], at >= 0 ? _uppers[at] : null);
    }

    /// <summary>An item converted to another currency than <paramref name="currency"/> (the first item of the first such
    /// conversion) and that currency, or null when all are in it: the distinct conversions are checked, the items only
    /// searched when one differs.</summary>
    internal (int Index, Currency Currency)? FirstNotIn(Currency currency)
    {
        for (int c = 0; c < _conversions.Count; c++)
        {
            if (_conversions[c].Rate.Quote != currency)
            {
                return (_conversionOf is not null ? _conversionOf.IndexOf(c) : _conversionByte is not null ? _conversionByte.IndexOf((byte)c) : 0, _conversions[c].Rate.Quote);
            }
        }

        return null;
    }

    /// <summary>Adds a programme whose headline the normaliser converted, with the basis of this list.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="sourceIndex">Its index in the list the normaliser was given (read when the items' programmes are
    /// read from a dataset's list).</param>
    /// <param name="amount">Its normalised headline.</param>
    internal void Add(Programme programme, int sourceIndex, NormalisedAmount amount)
    {
        Conversion c = amount.Conversion;
        (ExchangeRate, DateOnly, RateLookup) key = (c.Rate, c.RequestedDate, c.Lookup);
        int at;
        if (IsConversion(_recent0, _recentDate0, in c))
        {
            at = _recent0;
        }
        else if (IsConversion(_recent1, _recentDate1, in c))
        {
            at = _recent1;
            Remember(at);
        }
        else
        {
            if (!_conversionIndex.TryGetValue(key, out at))
            {
                at = _conversions.Count;
                _conversions.Add(key);
                _conversionIndex.Add(key, at);
            }

            Remember(at);
        }

        if (amount.UpperValue is Money high)
        {
            _upperAt.Add(Count);
            _uppers.Add(high.Amount);
        }

        AddConversion(at);
        if (_programmes is not null)
        {
            _programmes.Add(programme);
        }
        else
        {
            if (_sourceAt is null && sourceIndex != Count)
            {
                _sourceAt = new List<int>(Math.Max(_capacity, Count + 1));
                for (int i = 0; i < Count; i++)
                {
                    _sourceAt.Add(i);
                }
            }

            _sourceAt?.Add(sourceIndex);
        }

        _values.Add(c.Result.Amount);
        _facts.Add((byte)((byte)amount.Qualifier | (amount.Original.IsRounded ? RoundedBit : 0)));
    }

    /// <summary>Records the conversion of the next item: no column while every item has the first one, then one byte an
    /// item while there are at most 256, then an <see cref="int"/>.</summary>
    private void AddConversion(int at)
    {
        if (_conversionOf is not null)
        {
            _conversionOf.Add(at);
            return;
        }

        if (at > byte.MaxValue)
        {
            _conversionOf = new List<int>(Math.Max(_capacity, Count + 1));
            for (int i = 0; i < Count; i++)
            {
                _conversionOf.Add(_conversionByte is null ? 0 : _conversionByte[i]);
            }

            _conversionByte = null;
            _conversionOf.Add(at);
            return;
        }

        if (at != 0 && _conversionByte is null)
        {
            _conversionByte = new List<byte>(Math.Max(_capacity, Count + 1));
            CollectionsMarshal.SetCount(_conversionByte, Count);
        }

        _conversionByte?.Add((byte)at);
    }

    /// <summary>Whether the conversion at <paramref name="at"/> (-1: none), requested for <paramref name="requested"/>,
    /// is that of <paramref name="c"/>: the requested date first, which differs between most conversions of a dated
    /// basis, then the rest.</summary>
    private bool IsConversion(int at, DateOnly requested, in Conversion c)
    {
        if (at < 0 || requested != c.RequestedDate)
        {
            return false;
        }

        (ExchangeRate rate, DateOnly _, RateLookup lookup) = _conversions[at];
        return lookup.Equals(c.Lookup) && rate.Equals(c.Rate);
    }

    /// <summary>Makes the conversion at <paramref name="at"/> the most recent.</summary>
    private void Remember(int at)
    {
        if (at != _recent0)
        {
            (_recent1, _recentDate1) = (_recent0, _recentDate0);
            (_recent0, _recentDate0) = (at, _conversions[at].Requested);
        }
    }

    bool ICollection<NormalisedProgramme>.IsReadOnly => true;

    NormalisedProgramme IList<NormalisedProgramme>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    public int IndexOf(NormalisedProgramme item)
    {
        for (int i = 0; i < Count; i++)
        {
            if (ReferenceEquals(ProgrammeAt(i), item.Programme) && this[i].Equals(item))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(NormalisedProgramme item) => IndexOf(item) >= 0;

    public void CopyTo(NormalisedProgramme[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < Count)
        {
            throw new ArgumentException($"The array has room for {array.Length - arrayIndex} items from index {arrayIndex}; the list holds {Count}.", nameof(array));
        }

        for (int i = 0; i < Count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    void ICollection<NormalisedProgramme>.Add(NormalisedProgramme item) => throw ReadOnly();

    void ICollection<NormalisedProgramme>.Clear() => throw ReadOnly();

    bool ICollection<NormalisedProgramme>.Remove(NormalisedProgramme item) => throw ReadOnly();

    void IList<NormalisedProgramme>.Insert(int index, NormalisedProgramme item) => throw ReadOnly();

    void IList<NormalisedProgramme>.RemoveAt(int index) => throw ReadOnly();

    public IEnumerator<NormalisedProgramme> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static NotSupportedException ReadOnly() => new("The normalised programmes of a NormalisationResult are read-only.");
}
