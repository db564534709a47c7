namespace TranscriptLens.Core.Reports;

/// <summary>The calendar unit of the timeline (<c>--period</c>).</summary>
public enum CalendarPeriod
{
    /// <summary>ISO 8601 weeks, Monday to Sunday, labelled <c>2024-W05</c>.</summary>
    Week,

    /// <summary>Calendar months, labelled <c>2024-03</c>.</summary>
    Month,

    /// <summary>Calendar quarters, labelled <c>2024-Q1</c>.</summary>
    Quarter,
}
