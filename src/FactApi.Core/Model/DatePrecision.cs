namespace FactApi.Core.Model;

public enum DatePrecision
{
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
    Time,
    Range,
}
