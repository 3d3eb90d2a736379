namespace AiRace.Analyzers.Tests;

/// <summary>
/// A small stand-in for the AiRace.Core API, compiled with every test input. The analyzers find these types by metadata
/// name exactly as they find the real ones; the signatures follow src/AiRace.Core.
/// </summary>
internal static class ApiStub
{
    public const string Source = """
        #nullable enable
        namespace AiRace.Core
        {
            using System;
            using System.Collections.Generic;

            public readonly struct Currency : IEquatable<Currency>
            {
                private readonly string? _code;
                private Currency(string code) { _code = code; }
                public static readonly Currency CNY = new("CNY");
                public static readonly Currency USD = new("USD");
                public static readonly Currency EUR = new("EUR");
                public static readonly Currency JPY = new("JPY");
                public static readonly Currency GBP = new("GBP");
                public static readonly Currency HKD = new("HKD");
                public static readonly Currency TWD = new("TWD");
                public static readonly Currency KRW = new("KRW");
                public static readonly Currency INR = new("INR");
                public static readonly Currency CHF = new("CHF");
                public static readonly Currency CAD = new("CAD");
                public static readonly Currency AUD = new("AUD");
                public static readonly Currency SGD = new("SGD");
                public static readonly Currency XDR = new("XDR");
                public static readonly Currency XAU = new("XAU");
                public static readonly Currency XXX = default;
                public string Code => _code ?? "XXX";
                public static Currency FromCode(string code) => new(code);
                public static bool TryFromCode(string? code, out Currency currency) { currency = new(code ?? "XXX"); return code is not null; }
                public static Currency Parse(string s, IFormatProvider? provider) => new(s);
                public bool Equals(Currency other) => Code == other.Code;
                public override bool Equals(object? obj) => obj is Currency other && Equals(other);
                public override int GetHashCode() => Code.GetHashCode();
                public static bool operator ==(Currency left, Currency right) => left.Equals(right);
                public static bool operator !=(Currency left, Currency right) => !left.Equals(right);
            }

            public enum Magnitude { Units = 0, Thousands = 3, Millions = 6, Billions = 9, Trillions = 12 }

            public readonly struct RateLookup { public static RateLookup ExactDate => default; }

            public sealed class RateSeries { public static RateSeries Identity { get; } = new(); }

            public readonly struct ExchangeRate
            {
                public ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal rate, DateOnly date, RateSeries series) { Rate = rate; }
                public decimal Rate { get; }
            }

            public interface IExchangeRateProvider
            {
                ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup);
                bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate);
            }

            public readonly struct Money : IEquatable<Money>, IComparable<Money>
            {
                public Money(decimal amount, Currency currency) { Amount = amount; Currency = currency; }
                public decimal Amount { get; }
                public Currency Currency { get; }
                public static Money Zero(Currency currency) => new(0m, currency);
                public static Money Of(decimal amount, Currency currency) => new(amount, currency);
                public static Money Of(decimal amount, string currencyCode) => new(amount, Currency.FromCode(currencyCode));
                public static Money Cny(decimal amount) => new(amount, Currency.CNY);
                public static Money Usd(decimal amount) => new(amount, Currency.USD);
                public static Money Eur(decimal amount) => new(amount, Currency.EUR);
                public static Money Jpy(decimal amount) => new(amount, Currency.JPY);
                public static Money Gbp(decimal amount) => new(amount, Currency.GBP);
                public static Money Thousands(decimal thousands, Currency currency) => Scaled(thousands, Magnitude.Thousands, currency);
                public static Money Millions(decimal millions, Currency currency) => Scaled(millions, Magnitude.Millions, currency);
                public static Money Billions(decimal billions, Currency currency) => Scaled(billions, Magnitude.Billions, currency);
                public static Money Trillions(decimal trillions, Currency currency) => Scaled(trillions, Magnitude.Trillions, currency);
                public static Money Scaled(decimal figure, Magnitude magnitude, Currency currency) => new(figure, currency);
                public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, left.Currency);
                public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, left.Currency);
                public static Money operator -(Money value) => new(-value.Amount, value.Currency);
                public static Money operator *(Money left, decimal right) => new(left.Amount * right, left.Currency);
                public static Money operator *(decimal left, Money right) => right * left;
                public static Money operator /(Money left, decimal right) => new(left.Amount / right, left.Currency);
                public static decimal operator /(Money left, Money right) => left.Amount / right.Amount;
                public static bool operator ==(Money left, Money right) => left.Amount == right.Amount;
                public static bool operator !=(Money left, Money right) => left.Amount != right.Amount;
                public static bool operator <(Money left, Money right) => left.Amount < right.Amount;
                public static bool operator >(Money left, Money right) => left.Amount > right.Amount;
                public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;
                public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;
                public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;
                public override bool Equals(object? obj) => obj is Money other && Equals(other);
                public override int GetHashCode() => Amount.GetHashCode();
                public int CompareTo(Money other) => Amount.CompareTo(other.Amount);
                public static Money Min(Money left, Money right) => left.CompareTo(right) <= 0 ? left : right;
                public static Money Max(Money left, Money right) => left.CompareTo(right) >= 0 ? left : right;
                public Money Round(MidpointRounding mode) => new(Math.Round(Amount, 2, mode), Currency);
                public Money Round(int decimals, MidpointRounding mode) => new(Math.Round(Amount, decimals, mode), Currency);
                public Money Abs() => new(Math.Abs(Amount), Currency);
                public Money ConvertTo(Currency target, DateOnly date, IExchangeRateProvider provider, RateLookup lookup) =>
                    new(Amount * provider.GetRate(Currency, target, date, lookup).Rate, target);
            }

            public static class MoneyEnumerable
            {
                public static Money Sum(this IEnumerable<Money> source, Currency currency)
                {
                    decimal total = 0m;
                    foreach (Money item in source) { total += item.Amount; }
                    return new Money(total, currency);
                }

                public static Money Sum<T>(this IEnumerable<T> source, Func<T, Money> selector, Currency currency)
                {
                    var list = new List<Money>();
                    foreach (T item in source) { list.Add(selector(item)); }
                    return list.Sum(currency);
                }
            }

            public readonly struct PercentagePoints
            {
                public PercentagePoints(decimal value) { Value = value; }
                public decimal Value { get; }
            }

            public readonly struct Share
            {
                private Share(decimal fraction) { Fraction = fraction; }
                public decimal Fraction { get; }
                public decimal Percent => Fraction * 100m;
                public static Share FromPercent(decimal percent) => new(percent / 100m);
                public static Share FromFraction(decimal fraction) => new(fraction);
                public static PercentagePoints operator -(Share left, Share right) => new(left.Percent - right.Percent);
            }

            public readonly struct Ratio
            {
                private Ratio(decimal value) { Value = value; }
                public decimal Value { get; }
                public static Ratio Of(decimal value) => new(value);
            }

            public sealed class Target
            {
                public Target() { }
                public Target(string metric, decimal baselineValue, int baselineYear, decimal goalValue, int goalYear)
                {
                    Metric = metric; BaselineYear = baselineYear; GoalYear = goalYear;
                }
                public string Metric { get; init; } = "";
                public int BaselineYear { get; init; }
                public int GoalYear { get; init; }
                public static Target Create(string metric, int baselineYear, int goalYear) => new(metric, 0m, baselineYear, 0m, goalYear);
            }
        }
        """;
}
