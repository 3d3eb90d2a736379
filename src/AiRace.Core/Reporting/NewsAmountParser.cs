using System;
using System.Runtime.CompilerServices;
using AiRace.Core.Text;

namespace AiRace.Core.Reporting;

/// <summary>
/// Reads amounts the way news articles write them: "1 trillion yuan", "one trillion yuan", "US$139 million",
/// "$8.2 billion", "600 million yuan", "RMB 1 billion", "500 billion USD", "CNY 250m", "1.5bn euros".
/// </summary>
/// <remarks>
/// <para>The grammar: an optional currency before the figure (a symbol such as US$, $, €, £, ¥, or a code such as
/// RMB, CNY, USD), the figure (digits with optional ',' groups and '.' decimals, or English number words up to
/// "nine hundred ninety-nine"), an optional scale (thousand, million, billion, trillion, or k, m, mn, bn, tn,
/// attached or separate), and an optional currency after it (yuan, renminbi, dollars, US dollars, euros, yen, pounds,
/// or a code). Words are matched case-insensitively, except ISO 4217 codes, which are read only in capitals ("usd"
/// is an error that names USD: in small letters "all" or "try" is an English word, not the lek or the lira); RMB is a
/// word. A currency must be stated; stated twice, it must agree.</para>
/// <para>'$' means the US dollar unless <see cref="NewsAmountOptions.DollarSign"/> says otherwise; '¥' is the yuan or
/// the yen and needs <see cref="NewsAmountOptions.YenSign"/>, else it is an error. Billions and trillions are the short
/// scale (10^9, 10^12). Nothing is guessed: any text the grammar does not cover is an error that says what and where.</para>
/// <para>Thread-safe; parsing does not allocate except for the exception on failure.</para>
/// </remarks>
public static class NewsAmountParser
{
    /// <summary>Reads an amount.</summary>
    /// <param name="text">The amount as written.</param>
    /// <param name="options">How to read '$' and '¥'; <see cref="NewsAmountOptions.Default"/> when null.</param>
    /// <returns>The money with the figure and magnitude it was written with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="MoneyFormatException">The text is not an amount; the message says what was not understood and where.</exception>
    public static NewsAmount Parse(string text, NewsAmountOptions? options = null)
    {
        Guard.NotNull(text);
        return TryParseCore(text, options ?? NewsAmountOptions.Default, explain: true, out NewsAmount result, out Failure failure)
            ? result
            : throw new MoneyFormatException(text, failure.Position, failure.Reason!);
    }

    /// <summary>Reads an amount without throwing.</summary>
    /// <param name="text">The amount as written.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <param name="options">How to read '$' and '¥'; <see cref="NewsAmountOptions.Default"/> when null.</param>
    /// <returns>Whether the text was an amount.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out NewsAmount result, NewsAmountOptions? options = null) =>
        TryParseCore(text, options ?? NewsAmountOptions.Default, explain: false, out result, out _);

    /// <summary>Where reading failed and why; the reason only when it was asked for (<see cref="Parse"/>).</summary>
    private readonly record struct Failure(int Position, string? Reason);

    /// <summary>A failure whose reason is written only when <paramref name="explain"/> is true: otherwise neither the
    /// text nor its parts are made.</summary>
    private static Failure Fail(int position, bool explain, [InterpolatedStringHandlerArgument(nameof(explain))] ref Reason reason) =>
        new(position, explain ? reason.ToStringAndClear() : null);

    /// <summary>The text of a failure's reason, made only when it is explained.</summary>
    [InterpolatedStringHandler]
    private ref struct Reason
    {
        private DefaultInterpolatedStringHandler _text;

        public Reason(int literalLength, int formattedCount, bool explain, out bool shouldAppend)
        {
            _text = explain ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
            shouldAppend = explain;
        }

        public void AppendLiteral(string value) => _text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        public string ToStringAndClear() => _text.ToStringAndClear();
    }

    private static bool TryParseCore(ReadOnlySpan<char> s, NewsAmountOptions options, bool explain, out NewsAmount result, out Failure failure)
    {
        result = default;
        failure = default;
        int i = SkipSpace(s, 0);
        if (i == s.Length)
        {
            failure = new Failure(i, "expected an amount, found nothing");
            return false;
        }

        // 1. A currency before the figure.
        Currency? prefix = null;
        bool fromDefault = false;
        if (!TryReadSymbol(s, ref i, options, ref prefix, ref fromDefault, explain, out failure))
        {
            return false;
        }

        if (prefix is null && char.IsAsciiLetter(s[i]))
        {
            int end = WordEnd(s, i);
            if (TryCurrencyWord(s[i..end], out Currency c))
            {
                prefix = c;
                i = SkipSpace(s, end);
                if (i == s.Length)
                {
                    failure = new Failure(i, "expected a figure after the currency");
                    return false;
                }
            }
            else if (IsCodeInLowerCase(s[i..end], out Currency code))
            {
                failure = LowerCaseCode(i, explain, s[i..end], code);
                return false;
            }
        }

        // 2. The figure.
        int figureAt = i;
        decimal figure;
        if (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            int end = i;
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == ',' || (s[end] == '.' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1]))))
            {
                end++;
            }

            if (!ExactDecimal.TryParse(s[i..end], allowGroups: true, out figure, out string? error, out int at))
            {
                failure = new Failure(i + at, error!);
                return false;
            }

            i = end;
        }
        else if (!TryReadNumberWords(s, ref i, explain, out figure, out failure))
        {
            return false;
        }

        // 3. The scale: attached ("250m", "1.5bn") or after a space ("600 million").
        Magnitude magnitude = Magnitude.Units;
        int afterFigure = i;
        int j = SkipSpace(s, i);
        if (j < s.Length && char.IsAsciiLetter(s[j]))
        {
            int end = WordEnd(s, j);
            bool attached = j == afterFigure;
            if (TryMagnitudeWord(s[j..end], attached, out magnitude))
            {
                i = end;
            }
            else if (attached)
            {
                failure = Fail(j, explain, $"'{Quoted(s[j..end])}' is not a scale (thousand, million, billion, trillion, k, m, mn, bn, tn)");
                return false;
            }
        }

        // 4. A currency after the figure.
        Currency? suffix = null;
        bool suffixFromDefault = false;
        int suffixAt = -1;
        j = SkipSpace(s, i);
        if (j < s.Length)
        {
            suffixAt = j;
            int end = WordEnd(s, j);
            if (end == j)
            {
                failure = Fail(j, explain, $"unexpected '{CharacterAt(s, j)}'");
                return false;
            }

            ReadOnlySpan<char> word = s[j..end];
            int next = SkipSpace(s, end);
            if ((word.Equals("US", StringComparison.OrdinalIgnoreCase) || word.Equals("U.S.", StringComparison.OrdinalIgnoreCase)) && next < s.Length)
            {
                int end2 = WordEnd(s, next);
                ReadOnlySpan<char> word2 = s[next..end2];
                if (word2.Equals("dollars", StringComparison.OrdinalIgnoreCase) || word2.Equals("dollar", StringComparison.OrdinalIgnoreCase))
                {
                    suffix = Currency.USD;
                    end = end2;
                }
            }

            if (suffix is null)
            {
                if (TryCurrencyWord(word, out Currency c))
                {
                    suffix = c;
                }
                else if (word.Equals("dollars", StringComparison.OrdinalIgnoreCase) || word.Equals("dollar", StringComparison.OrdinalIgnoreCase))
                {
                    suffix = options.DollarSign;
                    suffixFromDefault = true;
                }
                else
                {
                    failure = IsCodeInLowerCase(word, out Currency code)
                        ? LowerCaseCode(j, explain, word, code)
                        : Fail(j, explain, $"'{Quoted(word)}' is not a currency or a scale this parser knows");
                    return false;
                }
            }

            i = SkipSpace(s, end);
            if (i < s.Length)
            {
                failure = Fail(i, explain, $"unexpected text '{Quoted(s[i..])}' after the amount");
                return false;
            }
        }

        // 5. The currency: stated at least once, consistently.
        Currency currency;
        if (prefix is { } p && suffix is { } q)
        {
            if (p != q)
            {
                failure = Fail(suffixAt, explain, $"the currency after the figure ({q.Code}) contradicts the one before it ({p.Code})");
                return false;
            }

            currency = p;

            // A currency stated unambiguously on either side settles it ("$5 billion USD", "US$5 billion dollars").
            fromDefault = fromDefault && suffixFromDefault;
        }
        else if (prefix is { } p2)
        {
            currency = p2;
        }
        else if (suffix is { } q2)
        {
            currency = q2;
            fromDefault = suffixFromDefault;
        }
        else
        {
            failure = new Failure(s.Length, "no currency is stated (write a code such as CNY or USD, a symbol such as US$, or a name such as yuan)");
            return false;
        }

        decimal amount;
        try
        {
            amount = figure * magnitude.Factor();
        }
        catch (OverflowException)
        {
            failure = new Failure(figureAt, "the amount is too large for decimal");
            return false;
        }

        result = new NewsAmount(new Money(amount, currency), figure, magnitude, fromDefault);
        return true;
    }

    private static bool TryReadSymbol(ReadOnlySpan<char> s, ref int i, NewsAmountOptions options, ref Currency? currency, ref bool fromDefault, bool explain, out Failure failure)
    {
        failure = default;
        ReadOnlySpan<char> rest = s[i..];
        int length = 0;
        if (rest.StartsWith("US$", StringComparison.OrdinalIgnoreCase))
        {
            (currency, length) = (Currency.USD, 3);
        }
        else if (rest.StartsWith("HK$", StringComparison.OrdinalIgnoreCase))
        {
            (currency, length) = (Currency.HKD, 3);
        }
        else if (rest.StartsWith("NT$", StringComparison.OrdinalIgnoreCase))
        {
            (currency, length) = (Currency.TWD, 3);
        }
        else if (rest[0] == '$')
        {
            (currency, length, fromDefault) = (options.DollarSign, 1, true);
        }
        else if (rest[0] == '€')
        {
            (currency, length) = (Currency.EUR, 1);
        }
        else if (rest[0] == '£')
        {
            (currency, length) = (Currency.GBP, 1);
        }
        else if (rest[0] is '¥' or '￥')
        {
            if (options.YenSign is not { } yen)
            {
                failure = new Failure(i, "'¥' is either the yuan (CNY) or the yen (JPY); set NewsAmountOptions.YenSign or write the code");
                return false;
            }

            (currency, length) = (yen, 1);
        }

        i = SkipSpace(s, i + length);
        if (i == s.Length)
        {
            failure = new Failure(i, "expected a figure after the currency");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a word is a currency code written in small letters ("usd"), which is not read as the code: a small "all",
    /// "try" or "top" is an English word, not the lek, the lira or the pa'anga.
    /// </summary>
    private static bool IsCodeInLowerCase(ReadOnlySpan<char> word, out Currency code)
    {
        code = default;
        if (word.Length != 3 || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[1]) || !char.IsAsciiLetter(word[2]))
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        for (int k = 0; k < 3; k++)
        {
            upper[k] = char.ToUpperInvariant(word[k]);
        }

        return !word.SequenceEqual(upper) && Currency.TryFromCode(upper, out code);
    }

    /// <summary>The error for a currency code written in small letters (<see cref="IsCodeInLowerCase"/>).</summary>
    private static Failure LowerCaseCode(int position, bool explain, ReadOnlySpan<char> word, Currency code) =>
        Fail(position, explain, $"'{Quoted(word)}' is not read as a currency: ISO 4217 codes are read only in capitals ({code.Code}), since a word such as 'all' or 'try' in small letters is English");

    private static bool TryCurrencyWord(ReadOnlySpan<char> word, out Currency currency)
    {
        if (word.Length == 3 && Currency.TryFromCode(word, out currency))
        {
            return true;
        }

        if (word.Equals("yuan", StringComparison.OrdinalIgnoreCase) || word.Equals("renminbi", StringComparison.OrdinalIgnoreCase) || word.Equals("RMB", StringComparison.OrdinalIgnoreCase))
        {
            currency = Currency.CNY;
            return true;
        }

        if (word.Equals("euros", StringComparison.OrdinalIgnoreCase) || word.Equals("euro", StringComparison.OrdinalIgnoreCase))
        {
            currency = Currency.EUR;
            return true;
        }

        if (word.Equals("yen", StringComparison.OrdinalIgnoreCase))
        {
            currency = Currency.JPY;
            return true;
        }

        if (word.Equals("pounds", StringComparison.OrdinalIgnoreCase) || word.Equals("pound", StringComparison.OrdinalIgnoreCase) || word.Equals("sterling", StringComparison.OrdinalIgnoreCase))
        {
            currency = Currency.GBP;
            return true;
        }

        currency = default;
        return false;
    }

    private static bool TryMagnitudeWord(ReadOnlySpan<char> word, bool attached, out Magnitude magnitude)
    {
        magnitude = Magnitude.Units;
        if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase) || word.Equals("k", StringComparison.OrdinalIgnoreCase))
        {
            magnitude = Magnitude.Thousands;
        }
        else if (word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("mn", StringComparison.OrdinalIgnoreCase) || word.Equals("m", StringComparison.OrdinalIgnoreCase))
        {
            magnitude = Magnitude.Millions;
        }
        else if (word.Equals("billion", StringComparison.OrdinalIgnoreCase) || word.Equals("bn", StringComparison.OrdinalIgnoreCase) || (attached && word.Equals("b", StringComparison.OrdinalIgnoreCase)))
        {
            magnitude = Magnitude.Billions;
        }
        else if (word.Equals("trillion", StringComparison.OrdinalIgnoreCase) || word.Equals("tn", StringComparison.OrdinalIgnoreCase) || word.Equals("trn", StringComparison.OrdinalIgnoreCase))
        {
            magnitude = Magnitude.Trillions;
        }

        return magnitude != Magnitude.Units;
    }

    private static bool TryReadNumberWords(ReadOnlySpan<char> s, ref int i, bool explain, out decimal value, out Failure failure)
    {
        // [units | teens | tens[-units]] [hundred [and] [tens[-units] | units | teens]]
        failure = default;
        value = 0m;
        int start = i;
        if (!TryReadBelowHundred(s, ref i, out int first))
        {
            int end = WordEnd(s, start);
            failure = end > start
                ? Fail(start, explain, $"expected a figure (digits or a number word), found '{Quoted(s[start..end])}'")
                : Fail(start, explain, $"expected a figure, found '{CharacterAt(s, start)}'");
            return false;
        }

        int total = first;
        int j = SkipSpace(s, i);
        int wordEnd = WordEnd(s, j);
        if (j < s.Length && s[j..wordEnd].Equals("hundred", StringComparison.OrdinalIgnoreCase))
        {
            if (first is < 1 or > 9)
            {
                failure = new Failure(j, "'hundred' must follow a number from one to nine");
                return false;
            }

            total = first * 100;
            i = wordEnd;
            int k = SkipSpace(s, i);
            int kEnd = WordEnd(s, k);
            if (k < s.Length && s[k..kEnd].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                k = SkipSpace(s, kEnd);
            }

            if (TryReadBelowHundred(s, ref k, out int rest))
            {
                total += rest;
                i = k;
            }
        }

        value = total;
        return true;
    }

    private static bool TryReadBelowHundred(ReadOnlySpan<char> s, ref int i, out int value)
    {
        value = 0;
        int end = WordEnd(s, i);
        if (end == i)
        {
            return false;
        }

        ReadOnlySpan<char> word = s[i..end];
        int hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            int tens = Tens(word[..hyphen]);
            int units = Units(word[(hyphen + 1)..]);
            if (tens < 0 || units is < 1 or > 9)
            {
                return false;
            }

            value = tens + units;
            i = end;
            return true;
        }

        int v = Units(word);
        if (v < 0)
        {
            v = Tens(word);
        }

        if (v < 0)
        {
            return false;
        }

        i = end;
        int next = SkipSpace(s, i);
        int nextEnd = WordEnd(s, next);
        if (v >= 20 && v % 10 == 0 && next > i && Units(s[next..nextEnd]) is >= 1 and <= 9 and int u)
        {
            v += u; // "twenty five"
            i = nextEnd;
        }

        value = v;
        return true;
    }

    private static int Units(ReadOnlySpan<char> w)
    {
        ReadOnlySpan<string> names =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        for (int n = 0; n < names.Length; n++)
        {
            if (w.Equals(names[n], StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        return w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
    }

    private static int Tens(ReadOnlySpan<char> w)
    {
        ReadOnlySpan<string> names = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int n = 0; n < names.Length; n++)
        {
            if (w.Equals(names[n], StringComparison.OrdinalIgnoreCase))
            {
                return (n + 2) * 10;
            }
        }

        return -1;
    }

    /// <summary>Input quoted in an error's reason as <see cref="MoneyFormatException"/> quotes the whole input: each
    /// hidden unit by its code, at most <see cref="HiddenCharacters.InputShownLength"/> units, a pair never cut.</summary>
    private static string Quoted(ReadOnlySpan<char> text) =>
        HiddenCharacters.ShownInput(text[..Math.Min(text.Length, HiddenCharacters.InputShownLength + 1)].ToString());

    /// <summary>The character at <paramref name="index"/> quoted in an error's reason: a surrogate pair whole.</summary>
    private static string CharacterAt(ReadOnlySpan<char> s, int index) => Quoted(s.Slice(index, HiddenCharacters.UnitsAt(s, index)));

    /// <summary>The end of a word: letters, and '-', '.', '$' inside it.</summary>
    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length && (char.IsLetter(s[j]) || (j > i && (s[j] == '-' || s[j] == '.' || s[j] == '$'))))
        {
            j++;
        }

        return j;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }
}
