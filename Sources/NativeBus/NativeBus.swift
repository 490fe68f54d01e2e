/// The embedded tmpfs message bus.
public enum NativeBusInfo {}
