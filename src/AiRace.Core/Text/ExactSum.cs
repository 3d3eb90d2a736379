using System;
using System.Numerics;

namespace AiRace.Core.Text;

/// <summary>
/// Adds decimals without rounding and without overflow (as whole numbers of 10^-28, in a <see cref="BigInteger"/>),
/// so that a total is either the exact sum, or says that a <see cref="decimal"/> cannot hold it — never a silently
/// rounded number or an <see cref="OverflowException"/>. Not thread-safe.
/// </summary>
internal sealed class ExactSum
{
    private const int MaxScale = 28;

    private static readonly BigInteger[] PowersOfTen = CreatePowers();

    // Mantissas (below 2^96) are added per scale in 128-bit integers, which hold 2^31 of them; they are carried into the
    // big integer (as units of 10^-28) only when a bucket is full or the sum is read.
    private readonly Int128[] _buckets = new Int128[MaxScale + 1];
    private readonly int[] _counts = new int[MaxScale + 1];
    private BigInteger _carried;
    private int _scale;

    /// <summary>How many values were added.</summary>
    public int Count { get; private set; }

    /// <summary>The most decimals of the values added (at least the scale given with a value), 0 to 28.</summary>
    public int Scale => _scale;

    /// <summary>Adds a value.</summary>
    public void Add(decimal value) => Add(value, 0);

    /// <summary>Adds a value, counting it as written with at least <paramref name="scale"/> decimals (a running total
    /// that decimal's addition kept at fewer decimals than its addends had, to fit it).</summary>
    public void Add(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int valueScale = (bits[3] >> 16) & 0xFF;
        Int128 mantissa = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        _buckets[valueScale] += value < 0m ? -mantissa : mantissa;
        if (++_counts[valueScale] == int.MaxValue)
        {
            Carry(valueScale);
        }

        _scale = Math.Max(_scale, Math.Max(valueScale, scale));
        Count++;
    }

    private BigInteger Units
    {
        get
        {
            for (int scale = 0; scale <= MaxScale; scale++)
            {
                Carry(scale);
            }

            return _carried;
        }
    }

    private void Carry(int scale)
    {
        if (_counts[scale] > 0)
        {
            _carried += (BigInteger)_buckets[scale] * PowersOfTen[MaxScale - scale];
            _buckets[scale] = Int128.Zero;
            _counts[scale] = 0;
        }
    }

    /// <summary>The sum as a decimal at <see cref="Scale"/> decimals when its digits fit; otherwise rounded once, half to
    /// even, from the exact sum to the most decimals whose digits fit, as decimal's own addition rounds.</summary>
    /// <param name="value">The sum, or 0 when even its whole part does not fit.</param>
    /// <param name="exact">Whether <paramref name="value"/> is the exact sum, not rounded.</param>
    /// <returns>Whether the sum, rounded to at least its whole part, is a decimal (within ±7.9×10^28).</returns>
    public bool TryGet(out decimal value, out bool exact) => ExactArithmetic.TryFromUnits(Units, _scale, out value, out exact);

    /// <summary>The sum as a decimal: exact where a decimal holds it; else, if within range, rounded (half to even) to
    /// the digits a decimal has, and said so.</summary>
    /// <param name="sum">The sum, or null when it is beyond the range of a decimal.</param>
    /// <param name="note">Why the sum is rounded or missing (with the exact sum's digits), or null when it is exact.</param>
    /// <returns>Whether <paramref name="sum"/> is the exact sum.</returns>
    public bool TryGet(out decimal? sum, out string? note)
    {
        sum = null;
        note = null;
        if (!TryGet(out decimal value, out bool exact))
        {
            note = $"the sum of {Count} values, {Text()}, is beyond the range of a decimal (±7.9×10^28), so no total is given";
            return false;
        }

        sum = value;
        if (!exact)
        {
            int scale = value.Scale;
            note = $"the exact sum of {Count} values, {Text()}, has more digits than a decimal holds: the total is rounded (half to even) to {(scale == 0 ? "a whole number" : scale + (scale == 1 ? " decimal" : " decimals"))}";
        }

        return exact;
    }

    /// <summary>The exact sum as invariant text: every digit, and no trailing zeros after the point (a value's scale says
    /// how it was written, not a digit of the sum).</summary>
    public string Text()
    {
        BigInteger units = Units;
        BigInteger magnitude = BigInteger.Abs(units);
        string digits = magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(MaxScale + 1, '0');
        string whole = digits[..^MaxScale];
        string fraction = digits[^MaxScale..][.._scale].TrimEnd('0');
        return (units.Sign < 0 ? "-" : string.Empty) + whole + (fraction.Length > 0 ? "." + fraction : string.Empty);
    }

    private static BigInteger[] CreatePowers()
    {
        var powers = new BigInteger[MaxScale + 1];
        powers[0] = BigInteger.One;
        for (int i = 1; i <= MaxScale; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
