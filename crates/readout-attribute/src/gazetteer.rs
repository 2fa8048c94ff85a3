//! Place names: a capitalised phrase in, whether it names a country, region,
//! state or major city out. Countries also carry their ISO code so the
//! office table can be asked about them.

pub fn is_place(name: &str) -> bool {
    PLACES.binary_search(&name).is_ok() || country_code(name).is_some()
}

/// ISO 3166-1 alpha-2 code of a country name or demonym-free short form.
pub fn country_code(name: &str) -> Option<&'static str> {
    Some(match name {
        "UK" | "U.K." | "Britain" | "Great Britain" | "United Kingdom" | "England" | "Scotland" | "Wales" => "GB",
        "US" | "U.S." | "USA" | "U.S.A." | "America" | "United States" | "United States of America" => "US",
        "France" => "FR",
        "Germany" => "DE",
        "Russia" | "Russian Federation" => "RU",
        "Ukraine" => "UA",
        "China" => "CN",
        "India" => "IN",
        "Japan" => "JP",
        "Italy" => "IT",
        "Canada" => "CA",
        "Australia" => "AU",
        "Brazil" => "BR",
        "Mexico" => "MX",
        "Argentina" => "AR",
        "Indonesia" => "ID",
        "Saudi Arabia" => "SA",
        "South Africa" => "ZA",
        "South Korea" | "Korea" => "KR",
        "Turkey" | "Türkiye" => "TR",
        "Israel" => "IL",
        "Iran" => "IR",
        "Iraq" => "IQ",
        "Syria" => "SY",
        "Norway" => "NO",
        "Sweden" => "SE",
        "Finland" => "FI",
        "Denmark" => "DK",
        "Poland" => "PL",
        "Spain" => "ES",
        "Ireland" => "IE",
        "Netherlands" => "NL",
        "Belgium" => "BE",
        "Egypt" => "EG",
        "North Korea" => "KP",
        "Pakistan" => "PK",
        "Afghanistan" => "AF",
        _ => return None,
    })
}

/// Sorted for binary search.
const PLACES: &[&str] = &[
    "Afghanistan", "Africa", "Alabama", "Alaska", "Albania", "Algeria", "Amsterdam", "Ankara",
    "Arizona", "Arkansas", "Armenia", "Asia", "Athens", "Atlanta", "Austin", "Austria",
    "Azerbaijan", "Baghdad", "Bahrain", "Baltimore", "Bangladesh", "Barcelona", "Beijing", "Beirut",
    "Belarus", "Belfast", "Belgium", "Berlin", "Birmingham", "Bolivia", "Bosnia", "Boston",
    "Brussels", "Bucharest", "Budapest", "Buenos Aires", "Bulgaria", "Cairo", "California", "Cambodia",
    "Canberra", "Cape Town", "Cardiff", "Caribbean", "Charlotte", "Chicago", "Chile", "Cleveland",
    "Colombia", "Colorado", "Connecticut", "Copenhagen", "Crimea", "Croatia", "Cuba", "Cyprus",
    "Czech Republic", "Dallas", "Damascus", "Delaware", "Delhi", "Denver", "Des Moines", "Detroit",
    "Doha", "Donbas", "Dubai", "Dublin", "Ecuador", "Edinburgh", "Estonia", "Ethiopia",
    "Europe", "Florida", "Gaza", "Geneva", "Georgia", "Ghana", "Glasgow", "Greece",
    "Guatemala", "Haiti", "Havana", "Hawaii", "Helsinki", "Hong Kong", "Houston", "Hungary",
    "Iceland", "Idaho", "Illinois", "Indiana", "Iowa", "Istanbul", "Jakarta", "Jerusalem",
    "Jordan", "Kabul", "Kansas", "Kazakhstan", "Kentucky", "Kenya", "Kharkiv", "Kiev",
    "Kosovo", "Kuwait", "Kyiv", "Lagos", "Las Vegas", "Latin America", "Latvia", "Lebanon",
    "Libya", "Lisbon", "Lithuania", "Liverpool", "London", "Los Angeles", "Louisiana", "Madrid",
    "Maine", "Manchester", "Manhattan", "Maryland", "Massachusetts", "Melbourne", "Miami", "Michigan",
    "Middle East", "Milan", "Minnesota", "Mississippi", "Missouri", "Moldova", "Montana", "Montreal",
    "Morocco", "Moscow", "Mumbai", "Munich", "Myanmar", "Nairobi", "Nebraska", "Nepal",
    "Nevada", "New Delhi", "New Hampshire", "New Jersey", "New Mexico", "New Orleans", "New York", "New York City",
    "New Zealand", "Nigeria", "North Carolina", "North Dakota", "Northern Ireland", "Ohio", "Oklahoma", "Oregon",
    "Oslo", "Ottawa", "Pacific", "Palestine", "Paris", "Pennsylvania", "Peru", "Philadelphia",
    "Philippines", "Phoenix", "Portugal", "Prague", "Puerto Rico", "Qatar", "Rhode Island", "Riga",
    "Riyadh", "Romania", "Rome", "San Francisco", "Seattle", "Seoul", "Serbia", "Shanghai",
    "Singapore", "Slovakia", "Slovenia", "Somalia", "South Carolina", "South Dakota", "Stockholm", "Sudan",
    "Switzerland", "Sydney", "Taiwan", "Tallinn", "Tehran", "Tel Aviv", "Tennessee", "Texas",
    "Thailand", "Tokyo", "Toronto", "Tunisia", "Utah", "Vancouver", "Venezuela", "Vermont",
    "Vienna", "Vietnam", "Virginia", "Warsaw", "Washington", "West Bank", "West Virginia", "Westminster",
    "Wisconsin", "Wyoming", "Yemen", "Zimbabwe",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_sorted_for_binary_search() {
        let mut sorted = PLACES.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, PLACES);
    }

    #[test]
    fn countries_and_cities() {
        assert!(is_place("Kyiv") && is_place("Norway") && is_place("Middle East") && is_place("UK"));
        assert!(!is_place("Starmer"));
        assert_eq!(country_code("Britain"), Some("GB"));
    }
}
