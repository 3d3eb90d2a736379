using System;
using System.Numerics;

namespace AiRace.Core.Analysis;

/// <summary>
/// Adds decimals without rounding and without overflow (as whole numbers of 10^-28, in a <see cref="BigInteger"/>),
/// so that a total is either the exact sum, or says that a <see cref="decimal"/> cannot hold it — never a silently
/// rounded number or an <see cref="OverflowException"/>. Not thread-safe.
/// </summary>
internal sealed class ExactSum
{
    private const int Scale = 28;

    private static readonly BigInteger[] PowersOfTen = CreatePowers();

    // Mantissas (below 2^96) are added per scale in 128-bit integers, which hold 2^31 of them; they are carried into the
    // big integer (as units of 10^-28) only when a bucket is full or the sum is read.
    private readonly Int128[] _buckets = new Int128[Scale + 1];
    private readonly int[] _counts = new int[Scale + 1];
    private BigInteger _carried;
    private int _scale;

    /// <summary>How many values were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a value.</summary>
    public void Add(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        Int128 mantissa = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        _buckets[scale] += value < 0m ? -mantissa : mantissa;
        if (++_counts[scale] == int.MaxValue)
        {
            Carry(scale);
        }

        _scale = Math.Max(_scale, scale);
        Count++;
    }

    private BigInteger Units
    {
        get
        {
            for (int scale = 0; scale <= Scale; scale++)
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
            _carried += (BigInteger)_buckets[scale] * PowersOfTen[Scale - scale];
            _buckets[scale] = Int128.Zero;
            _counts[scale] = 0;
        }
    }

    /// <summary>The sum as a decimal: exact where a decimal holds it; else, if within range, rounded (half to even) to
    /// the digits a decimal has, and said so.</summary>
    /// <param name="sum">The sum, or null when it is beyond the range of a decimal.</param>
    /// <param name="note">Why the sum is rounded or missing (with the exact sum's digits), or null when it is exact.</param>
    /// <returns>Whether <paramref name="sum"/> is the exact sum.</returns>
    public bool TryGet(out decimal? sum, out string? note)
    {
        sum = null;
        note = null;
        BigInteger units = Units;
        BigInteger exact = BigInteger.Abs(BigInteger.Divide(units, PowersOfTen[Scale - _scale]));
        BigInteger magnitude = exact;
        int k = 0;
        bool rounded = false;
        while (magnitude.GetBitLength() > 96 && k < _scale)
        {
            // Round once, from the exact value, to k fewer decimals (half to even).
            k++;
            BigInteger quotient = BigInteger.DivRem(exact, PowersOfTen[k], out BigInteger rest);
            BigInteger twice = rest * 2;
            magnitude = twice > PowersOfTen[k] || (twice == PowersOfTen[k] && !quotient.IsEven) ? quotient + 1 : quotient;
            rounded = !rest.IsZero;
        }

        int scale = _scale - k;
        if (magnitude.GetBitLength() > 96)
        {
            note = $"the sum of {Count} values, {Text()}, is beyond the range of a decimal (±7.9×10^28), so no total is given";
            return false;
        }

        byte[] bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        Array.Resize(ref bytes, 12);
        sum = new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), units.Sign < 0, (byte)scale);
        if (rounded)
        {
            note = $"the exact sum of {Count} values, {Text()}, has more digits than a decimal holds: the total is rounded (half to even) to {(scale == 0 ? "a whole number" : scale + (scale == 1 ? " decimal" : " decimals"))}";
        }

        return !rounded;
    }

    /// <summary>The exact sum as invariant text: every digit, and no trailing zeros after the point (a value's scale says
    /// how it was written, not a digit of the sum).</summary>
    public string Text()
    {
        BigInteger units = Units;
        BigInteger magnitude = BigInteger.Abs(units);
        string digits = magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Scale + 1, '0');
        string whole = digits[..^Scale];
        string fraction = digits[^Scale..][.._scale].TrimEnd('0');
        return (units.Sign < 0 ? "-" : string.Empty) + whole + (fraction.Length > 0 ? "." + fraction : string.Empty);
    }

    private static BigInteger[] CreatePowers()
    {
        var powers = new BigInteger[Scale + 1];
        powers[0] = BigInteger.One;
        for (int i = 1; i <= Scale; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
