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
    private readonly List<Programme> _programmes;
    private readonly List<decimal> _values;
    private readonly List<int> _conversionOf;
    private readonly List<AmountQualifier> _qualifiers;

    /// <summary>Whether each item's headline is a plain figure stated to a precision (<see cref="ReportedAmount.IsRounded"/>).</summary>
    private readonly List<bool> _rounded;

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

    internal NormalisedList(NormalisationBasis basis, int capacity)
    {
        _basis = basis;
        _programmes = new List<Programme>(capacity);
        _values = new List<decimal>(capacity);
        _conversionOf = new List<int>(capacity);
        _qualifiers = new List<AmountQualifier>(capacity);
        _rounded = new List<bool>(capacity);
    }

    public int Count => _programmes.Count;

    public NormalisedProgramme this[int index]
    {
        get
        {
            Programme programme = _programmes[index];
            (ExchangeRate rate, DateOnly requested, RateLookup lookup) = _conversions[_conversionOf[index]];
            ReportedAmount headline = programme.Headline!;
            var conversion = new Conversion(headline.Amount, rate, requested, lookup, new Money(_values[index], rate.Quote));
            return new NormalisedProgramme(programme, new NormalisedAmount(headline, conversion, _basis));
        }
    }

    /// <summary>The programme of an item, without rebuilding the item.</summary>
    internal Programme ProgrammeAt(int index) => _programmes[index];

    /// <summary>The qualifier, whether the figure is a plain one rounded to a precision
    /// (<see cref="ReportedAmount.IsRounded"/>), the converted value and the converted high end (of a range) of an item,
    /// without rebuilding the item: the same figures as its <see cref="NormalisedAmount"/> gives.</summary>
    internal (AmountQualifier Qualifier, bool Rounded, decimal Value, decimal? Upper) ValuesAt(int index)
    {
        int at = _upperAt.BinarySearch(index);
        return (_qualifiers[index], _rounded[index], _values[index], at >= 0 ? _uppers[at] : null);
    }

    /// <summary>The same figures as <see cref="ValuesAt(int)"/>, for items read in increasing order, each with the same
    /// <paramref name="cursor"/> (0 before the first), which this moves on; read out of order, the high end is searched.</summary>
    internal (AmountQualifier Qualifier, bool Rounded, decimal Value, decimal? Upper) ValuesAt(int index, ref int cursor)
    {
        int at = SortedIndexes.Seek(CollectionsMarshal.AsSpan(_upperAt), index, ref cursor);
        return (_qualifiers[index], _rounded[index], _values[index], at >= 0 ? _uppers[at] : null);
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
                return (_conversionOf.IndexOf(c), _conversions[c].Rate.Quote);
            }
        }

        return null;
    }

    /// <summary>Adds a programme whose headline the normaliser converted, with the basis of this list.</summary>
    internal void Add(Programme programme, NormalisedAmount amount)
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
            _upperAt.Add(_programmes.Count);
            _uppers.Add(high.Amount);
        }

        _programmes.Add(programme);
        _values.Add(c.Result.Amount);
        _conversionOf.Add(at);
        _qualifiers.Add(amount.Qualifier);
        _rounded.Add(amount.Original.IsRounded);
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
        for (int i = 0; i < _programmes.Count; i++)
        {
            if (ReferenceEquals(_programmes[i], item.Programme) && this[i].Equals(item))
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
        if (array.Length - arrayIndex < _programmes.Count)
        {
            throw new ArgumentException($"The array has room for {array.Length - arrayIndex} items from index {arrayIndex}; the list holds {_programmes.Count}.", nameof(array));
        }

        for (int i = 0; i < _programmes.Count; i++)
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
        for (int i = 0; i < _programmes.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static NotSupportedException ReadOnly() => new("The normalised programmes of a NormalisationResult are read-only.");
}
