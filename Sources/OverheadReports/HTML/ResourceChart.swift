/// CPU, memory and tmpfs over time, one panel each, sharing the time axis, with the scales shaded.
struct ResourceChart: Sendable {
    var width: String
    var height: String
    var panels: [Panel]
    var xTicks: [Tick]
    var axisY: String
    var axisLabelY: String
    var plotLeft: String
    var plotRight: String

    struct Panel: Sendable {
        var title: String
        var cssClass: String
        var top: String
        var bottom: String
        var titleY: String
        var points: String
        var yTicks: [Tick]
        var shading: [Shade]
    }

    struct Shade: Sendable {
        var x: String
        var y: String
        var width: String
        var height: String
        var label: String
        var labelX: String
        var labelY: String
        var odd: Bool
    }
}
