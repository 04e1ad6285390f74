"""The Qt screens of Wegwijzer: windows, dialogs, item models. Calls desktop/, never SQL."""
