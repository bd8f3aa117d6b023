//! Holidays: fixed and movable feasts by name, and the names that are not dates.

use super::*;

#[test]
fn fixed_holidays() {
    let p = "2024-05-15";
    expect(
        "Shoppers crowded the markets on Christmas Eve.",
        p,
        "Christmas Eve",
        "2023-12-24",
        "",
    );
    expect(
        "The ceasefire collapsed on Christmas Day 2023.",
        p,
        "Christmas Day 2023",
        "2023-12-25",
        "",
    );
    expect(
        "The truce of Christmas Day 1914 is still remembered.",
        p,
        "Christmas Day 1914",
        "1914-12-25",
        "",
    );
    expect(
        "Exports slumped over Christmas, the ministry said.",
        p,
        "Christmas",
        "2023-12-25",
        "",
    );
    expect(
        "The family will gather for Christmas.",
        p,
        "Christmas",
        "2024-12-25",
        "",
    );
    expect(
        "Revellers packed the square on New Year's Eve.",
        p,
        "New Year's Eve",
        "2023-12-31",
        "",
    );
    expect(
        "The new tax took effect on New Year's Day.",
        p,
        "New Year's Day",
        "2024-01-01",
        "",
    );
    expect(
        "Sales began on Boxing Day.",
        "2025-01-05",
        "Boxing Day",
        "2024-12-26",
        "",
    );
    expect(
        "Children went trick-or-treating on Halloween.",
        "2024-11-03",
        "Halloween",
        "2024-10-31",
        "",
    );
    expect(
        "Florists reported brisk trade on Valentine's Day.",
        p,
        "Valentine's Day",
        "2024-02-14",
        "",
    );
    expect(
        "Fireworks were set off across the country on Independence Day.",
        "2024-08-02",
        "Independence Day",
        "2024-07-04",
        "",
    );
    expect(
        "She was born on the Fourth of July, 1990.",
        p,
        "the Fourth of July, 1990",
        "1990-07-04",
        "",
    );
    expect(
        "The president will speak on the Fourth of July.",
        p,
        "the Fourth of July",
        "2024-07-04",
        "",
    );
    expect(
        "Troops paraded down the Champs-Elysees on Bastille Day.",
        "2024-07-20",
        "Bastille Day",
        "2024-07-14",
        "",
    );
    expect(
        "Bonfires were lit on Guy Fawkes Night.",
        "2024-11-20",
        "Guy Fawkes Night",
        "2024-11-05",
        "",
    );
    expect(
        "Dublin held its parade on St. Patrick's Day.",
        p,
        "St. Patrick's Day",
        "2024-03-17",
        "",
    );
    expect(
        "Wreaths were laid on Armistice Day 2018.",
        p,
        "Armistice Day 2018",
        "2018-11-11",
        "",
    );
    expect(
        "Veterans Day ceremonies were held across the country.",
        "2024-11-12",
        "Veterans Day",
        "2024-11-11",
        "",
    );
    // US Thanksgiving: the fourth Thursday of November; Black Friday the day after.
    expect(
        "Air travel spiked over Thanksgiving.",
        "2024-12-01",
        "Thanksgiving",
        "2024-11-28",
        "",
    );
    expect(
        "Shoppers queued before dawn on Black Friday.",
        "2023-12-01",
        "Black Friday",
        "2023-11-24",
        "",
    );
    // this / last / next
    expect(
        "He plans to spend this Christmas at home.",
        p,
        "this Christmas",
        "2024-12-25",
        "",
    );
    expect(
        "Last Christmas the shelters were full.",
        p,
        "Last Christmas",
        "2023-12-25",
        "",
    );
    // the end of a span follows its start
    expect(
        "Markets were shut between Christmas and New Year's Day.",
        "2023-12-28",
        "Christmas and New Year's Day",
        "2023-12-25/2024-01-01",
        "",
    );
    // unanchored
    expect("Prices rose over Christmas.", "-", "Christmas", "-", "");
}

#[test]
fn holiday_negatives() {
    none("The Christmas tree in the square was lit.", "Christmas");
    none("He flew to Christmas Island on a cargo plane.", "Christmas");
    none(
        "Retailers said Black Friday sales disappointed.",
        "Black Friday",
    );
    none("Halloween costumes sold out within days.", "Halloween");
    none("He visited St Patrick's Cathedral.", "Patrick");
    none("The new year began quietly.", "new year");
    none(
        "India celebrated its 77th Independence Day with a parade.",
        "Independence Day",
    );
    none(
        "India's Independence Day parade was cancelled.",
        "Independence Day",
    );
    none("The office is on Independence Avenue.", "Independence");
}
