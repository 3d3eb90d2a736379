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

    private BigInteger _units;
    private int _scale;

    /// <summary>How many values were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a value.</summary>
    public void Add(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        int scale = (bits[3] >> 16) & 0xFF;
        BigInteger units = mantissa * PowersOfTen[Scale - scale];
        _units += value < 0m ? -units : units;
        _scale = Math.Max(_scale, scale);
        Count++;
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
        BigInteger exact = BigInteger.Abs(BigInteger.Divide(_units, PowersOfTen[Scale - _scale]));
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
        sum = new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), _units.Sign < 0, (byte)scale);
        if (rounded)
        {
            note = $"the exact sum of {Count} values, {Text()}, has more digits than a decimal holds: the total is rounded (half to even) to its last {scale} decimals";
        }

        return !rounded;
    }

    /// <summary>The exact sum as invariant text (every digit).</summary>
    public string Text()
    {
        BigInteger magnitude = BigInteger.Abs(_units);
        string digits = magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Scale + 1, '0');
        string whole = digits[..^Scale];
        string fraction = digits[^Scale..][.._scale];
        return (_units.Sign < 0 ? "-" : string.Empty) + whole + (fraction.Length > 0 ? "." + fraction : string.Empty);
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
