using System.Runtime.CompilerServices;

namespace AiRace.Analyzers;

/// <summary>
/// The values currency inference works with. A value's currency is a code (<c>"CNY"</c>), unknown (<c>null</c>), or
/// <see cref="None"/>: no currency stated at all, as for a member read while its own writes are being worked out
/// (<c>_total = _total * 2</c> keeps whatever currency <c>_total</c> has). <see cref="None"/> never leaves the flow.
/// </summary>
internal static class Currencies
{
    /// <summary>No currency stated (a self-reference, or nothing written): the identity of <see cref="Join"/>.</summary>
    public static readonly string None = new('-', 1);

    [MethodImpl(Hot.Path)]
    public static bool IsNone(string? code) => ReferenceEquals(code, None);

    /// <summary>A code, or null for unknown and for <see cref="None"/>: what the rules are given.</summary>
    [MethodImpl(Hot.Path)]
    public static string? Known(string? code) => ReferenceEquals(code, None) ? null : code;

    /// <summary>
    /// The currency of a value that may come from either of two places (two writes of one variable, the arms of a
    /// conditional): the same code from both, unknown as soon as either is unknown or they differ.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public static string? Join(string? first, string? second)
    {
        if (ReferenceEquals(first, None))
        {
            return second;
        }

        if (ReferenceEquals(second, None))
        {
            return first;
        }

        return first is not null && first == second ? first : null;
    }

    /// <summary>
    /// The currency of the result of an operation that throws unless both operands share one (Money's <c>+</c>, <c>-</c>,
    /// <c>Min</c>, <c>Max</c>): whichever is known, since a result exists only when they agree. Known and different
    /// gives unknown (that operation is reported where it is written).
    /// </summary>
    [MethodImpl(Hot.Path)]
    public static string? Either(string? first, string? second)
    {
        if (first is null || ReferenceEquals(first, None))
        {
            return second is null || ReferenceEquals(second, None) ? (first ?? second) : second;
        }

        if (second is null || ReferenceEquals(second, None))
        {
            return first;
        }

        return first == second ? first : null;
    }
}

/// <summary>
/// The currencies of the elements of a collection (of the values, for a dictionary), gathered from everything written
/// into it: the one code they all have; two codes that differ (the collection mixes them, so sorting it or taking its
/// minimum compares them, whatever else it holds); unknown; or none stated.
/// </summary>
internal sealed class Elements
{
    public static readonly Elements Unknown = new(null, null, hasUnknown: true, mayRemove: false, oneEach: false);

    public static readonly Elements None = new(null, null, hasUnknown: false, mayRemove: false, oneEach: false);

    /// <summary>Nothing added, but elements may be removed or replaced (<c>Clear</c>, <c>Remove</c>, a reassignment).</summary>
    public static readonly Elements Removal = new(null, null, hasUnknown: false, mayRemove: true, oneEach: false);

    private Elements(string? first, string? second, bool hasUnknown, bool mayRemove, bool oneEach, bool eachKnown = false, string? third = null, bool more = false,
        string? filter = null, bool filterKeeps = false)
    {
        First = first;
        Second = second;
        HasUnknown = hasUnknown;
        MayRemove = mayRemove;
        OneEach = oneEach;
        EachKnown = eachKnown;
        Third = third;
        More = more;
        Filter = filter;
        FilterKeeps = filterKeeps;
    }

    /// <summary>The currency a removal by a currency test named (<c>RemoveAll(m =&gt; m.Currency == Currency.GBP)</c>), or
    /// null: the elements of that currency may all be gone, or (<see cref="FilterKeeps"/>) all but those.</summary>
    private string? Filter { get; }

    /// <summary>For <see cref="Filter"/>: whether the removal keeps only that currency (<c>m.Currency != Currency.USD</c>)
    /// rather than removing it.</summary>
    private bool FilterKeeps { get; }

    /// <summary>
    /// What a removal by a currency test leaves (<c>due.RemoveAll(m =&gt; m.Currency != Currency.USD)</c>): elements may be
    /// gone, and a code written before is known to be left only where the test keeps it (the dollars, here; the other
    /// codes when the test removes one).
    /// </summary>
    public static Elements RemovedByCurrency(string code, bool keeps) =>
        new(null, null, hasUnknown: false, mayRemove: true, oneEach: false, filter: code, filterKeeps: keeps);

    /// <summary>Whether a removal by a currency test narrows what is left (<see cref="Filter"/>).</summary>
    public bool HasFilter => Filter is not null;

    /// <summary>The same elements after a removal that is not known to come after every write: a plain removal.</summary>
    public Elements WithoutFilter() =>
        Filter is null ? this : new Elements(First, Second, HasUnknown, MayRemove, OneEach, EachKnown, Third, More);

    /// <summary>A code that a removal by a currency test (<see cref="Filter"/>) may leave: any code when there was none.</summary>
    private string? MayBeLeft(string? code) => code is not null && (Filter is null || (code == Filter) == FilterKeeps) ? code : null;

    /// <summary>A third known code, different from <see cref="First"/> and <see cref="Second"/>, or null.</summary>
    private string? Third { get; }

    /// <summary>Whether a fourth known code was written (not kept).</summary>
    private bool More { get; }

    /// <summary>For <see cref="OneEach"/>: whether each of the collections holds a known code (the arms of a choice that
    /// each state one), so that another code beside whichever it is mixes with it.</summary>
    private bool EachKnown { get; }

    /// <summary>The first known code written, or null.</summary>
    public string? First { get; }

    /// <summary>A second known code, different from <see cref="First"/>, or null.</summary>
    public string? Second { get; }

    /// <summary>Whether something of unknown currency was (or may have been) written.</summary>
    public bool HasUnknown { get; }

    /// <summary>
    /// Whether elements may be removed or replaced: then two currencies written into the collection may never be in it
    /// at the same time (the flow does not follow the order of writes).
    /// </summary>
    public bool MayRemove { get; }

    /// <summary>
    /// Whether these are the elements of one of several collections, each holding some of the codes, none known to hold
    /// them together: a group or batch of a partition (<c>GroupBy</c>, <c>Chunk</c>), or the collection one branch of a
    /// choice gives (<c>domestic ? yuan : dollars</c>, a method's returns). They are not known to mix, though a code
    /// other than a stated one is still known to be in one of them.
    /// </summary>
    public bool OneEach { get; }

    /// <summary>Whether the elements are known to mix two currencies: both were written, none can have been removed,
    /// and they are not the elements of one of several collections (<see cref="OneEach"/>).</summary>
    public bool IsMixed => Second is not null && !MayRemove && !OneEach;

    /// <summary>
    /// A known code of the elements that differs from <paramref name="code"/>: when every element written is still there,
    /// any of them; when elements may have been removed, the one code every element has, or the first of two when neither
    /// is <paramref name="code"/> and nothing unknown was written (whatever is left is in another currency); else null.
    /// </summary>
    /// <remarks>After a removal by a currency test, only a code the test may leave counts (<see cref="Filter"/>): every
    /// element written in the others may be gone.</remarks>
    public string? OtherThan(string code) =>
        !MayRemove ? (First is { } first && first != code ? first : Second is { } second && second != code ? second : null)
            : !(Code is { } only && !Currencies.IsNone(only) && only != code
                || !HasUnknown && !More && First is { } kept && Second is { } other && kept != code && other != code && Third != code) ? null
            : MayBeLeft(First) ?? MayBeLeft(Second) ?? MayBeLeft(Third);

    /// <summary>
    /// A known code of the elements other than <paramref name="code"/> when every element not in
    /// <paramref name="excluded"/> is known to be in another currency than <paramref name="code"/> (the group of a
    /// <c>GroupBy</c> by currency whose key is not <paramref name="excluded"/>); null when one may be in it, when one is
    /// of unknown currency, or when no code but <paramref name="excluded"/> was written.
    /// </summary>
    public string? OtherThanExcept(string code, string excluded)
    {
        if (HasUnknown || More || OneEach || First == code && code != excluded || Second == code && code != excluded || Third == code && code != excluded)
        {
            return null;
        }

        return First is { } first && first != excluded ? MayBeLeft(first)
            : Second is { } second && second != excluded ? MayBeLeft(second)
            : Third is { } third && third != excluded ? MayBeLeft(third)
            : null;
    }

    /// <summary>The code every element has; <see cref="Currencies.None"/> when nothing was written; else null (also when a
    /// removal by a currency test may have taken every element written: see <see cref="Filter"/>).</summary>
    public string? Code => HasUnknown ? null
        : First is null ? Currencies.None
        : Filter is null ? (Second is null ? First : null)
        : More ? null
        : OnlyLeft();

    /// <summary>After a removal by a currency test: the one code it may leave, or null when it may leave none or two.</summary>
    private string? OnlyLeft()
    {
        string? left = null;
        foreach (var code in new[] { First, Second, Third })
        {
            if (MayBeLeft(code) is { } kept)
            {
                if (left is not null && left != kept)
                {
                    return null;
                }

                left = kept;
            }
        }

        return left;
    }

    public static Elements Of(string? code) =>
        code is null ? Unknown : Currencies.IsNone(code) ? None : new Elements(code, null, hasUnknown: false, mayRemove: false, oneEach: false);

    /// <summary>The elements of one group or batch when these are partitioned (see <see cref="OneEach"/>).</summary>
    public Elements Partitioned() => Second is null || OneEach ? this : new Elements(First, Second, HasUnknown, MayRemove, oneEach: true, third: Third, more: More, filter: Filter, filterKeeps: FilterKeeps);

    /// <summary>
    /// The elements of one collection or the other, never both (the arms of <c>?:</c> and <c>??</c>, a method's returns):
    /// known to mix only where one of them is.
    /// </summary>
    public Elements Either(Elements other)
    {
        if (ReferenceEquals(other, None) || ReferenceEquals(this, other))
        {
            return this;
        }

        if (ReferenceEquals(this, None))
        {
            return other;
        }

        if (IsMixed || other.IsMixed)
        {
            return Join(other);
        }

        var joined = Together().Join(other.Together());
        bool eachKnown = First is not null && (!OneEach || EachKnown) && !MayRemove && other.First is not null && (!other.OneEach || other.EachKnown) && !other.MayRemove;
        return joined.Second is null ? joined : new Elements(joined.First, joined.Second, joined.HasUnknown, joined.MayRemove, oneEach: true, eachKnown, joined.Third, joined.More, joined.Filter, joined.FilterKeeps);
    }

    /// <summary>The same codes, as if held together.</summary>
    private Elements Together() => OneEach ? new Elements(First, Second, HasUnknown, MayRemove, oneEach: false, third: Third, more: More, filter: Filter, filterKeeps: FilterKeeps) : this;

    /// <summary>Elements from two sources.</summary>
    public Elements Join(Elements other)
    {
        if (ReferenceEquals(other, None) || ReferenceEquals(this, other))
        {
            return this;
        }

        if (ReferenceEquals(this, None))
        {
            return other;
        }

        if (OneEach || other.OneEach)
        {
            // one of several collections beside other elements: which codes it holds is not known, so it adds an unknown;
            // but a code it never holds, beside it, mixes with whichever it does ((domestic ? yuan : dollars).Append(euros))
            var (some, rest) = OneEach ? (this, other) : (other, this);
            if (!rest.OneEach && !rest.MayRemove && !some.MayRemove && (!some.HasUnknown || some.EachKnown) && some.First is { } held
                && rest.First is { } added && rest.Second is null && added != some.First && added != some.Second)
            {
                return new Elements(added, held, rest.HasUnknown, mayRemove: false, oneEach: false);
            }

            return (OneEach ? Unknown : this).Join(other.OneEach ? Unknown : other);
        }

        string? first = First;
        string? second = Second;
        string? third = Third;
        bool more = More || other.More;
        Take(other.First, ref first, ref second, ref third, ref more);
        Take(other.Second, ref first, ref second, ref third, ref more);
        Take(other.Third, ref first, ref second, ref third, ref more);

        // two removals by different currency tests: what they leave together is not followed
        bool sameFilter = Filter is null || other.Filter is null || Filter == other.Filter && FilterKeeps == other.FilterKeeps;
        return new Elements(first, second, HasUnknown || other.HasUnknown || !sameFilter, MayRemove || other.MayRemove, oneEach: false, third: third, more: more,
            filter: Filter ?? other.Filter, filterKeeps: Filter is null ? other.FilterKeeps : FilterKeeps);
    }

    private static void Take(string? code, ref string? first, ref string? second, ref string? third, ref bool more)
    {
        if (code is null || code == first || code == second || code == third)
        {
            return;
        }

        if (first is null)
        {
            first = code;
        }
        else if (second is null)
        {
            second = code;
        }
        else if (third is null)
        {
            third = code;
        }
        else
        {
            more = true;
        }
    }

    /// <summary>Adds one element's currency.</summary>
    public Elements Add(string? code) => Join(Of(code));

    /// <summary>Whether a code (a stand-in) is one of the codes written, or the one a removal by a currency test named.</summary>
    public bool Mentions(string code) => First == code || Second == code || Third == code || Filter == code;

    /// <summary>
    /// The same elements with a stand-in code (a money parameter of a helper bound while its effect on a collection is
    /// worked out) replaced by what it stands for at a call: a code, unknown (null) or nothing (<see cref="Currencies.None"/>).
    /// Unknown (with elements perhaps removed, as before) when a fourth code was not kept, which may have been another
    /// stand-in, or a removal by a currency test named the stand-in.
    /// </summary>
    public Elements Replace(string standIn, string? code)
    {
        if (!Mentions(standIn))
        {
            return this;
        }

        if (More || Filter == standIn)
        {
            return MayRemove ? new Elements(null, null, hasUnknown: true, mayRemove: true, oneEach: false) : Unknown;
        }

        string? first = null;
        string? second = null;
        string? third = null;
        bool more = false;
        bool unknown = HasUnknown;
        foreach (var written in new[] { First, Second, Third })
        {
            var actual = written == standIn ? code : written;
            if (written == standIn && actual is null)
            {
                unknown = true;
                continue;
            }

            if (!Currencies.IsNone(actual))
            {
                Take(actual, ref first, ref second, ref third, ref more);
            }
        }

        if (first is null && !unknown && Filter is null)
        {
            return MayRemove ? Removal : None;
        }

        return new Elements(first, second, unknown, MayRemove, OneEach && second is not null, EachKnown && unknown == HasUnknown, third, more, Filter, FilterKeeps);
    }
}
