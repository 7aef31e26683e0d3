import VigilEngine
import VigilStore
// The console's pure core: State, Event, update, view -> Screen (issue 5).
