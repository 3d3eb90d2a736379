using System;

namespace AiRace.Core.Analysis;

/// <summary>A look-up in indexes kept in increasing order (the items of a result that have some fact, beside a list of
/// that fact), for callers that ask for the items in increasing order too.</summary>
internal static class SortedIndexes
{
    /// <summary>The position of <paramref name="index"/> in <paramref name="sorted"/>, or -1 when it is not there. Asked
    /// in increasing order with the same <paramref name="cursor"/> (0 before the first), each look-up moves the cursor
    /// on from where the last one left it; asked out of order, it starts again from the first.</summary>
    public static int Seek(ReadOnlySpan<int> sorted, int index, ref int cursor)
    {
        if (cursor > 0 && (cursor > sorted.Length || sorted[cursor - 1] >= index))
        {
            cursor = 0;
        }

        while (cursor < sorted.Length && sorted[cursor] < index)
        {
            cursor++;
        }

        return cursor < sorted.Length && sorted[cursor] == index ? cursor : -1;
    }
}
